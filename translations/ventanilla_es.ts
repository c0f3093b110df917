<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccessTab</name>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="72"/>
        <source>Online banking</source>
        <translation>Banca en línea</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="73"/>
        <source>Authenticator (one-time codes)</source>
        <translation>Autenticador (códigos de un solo uso)</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="74"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="75"/>
        <source>Remove the aut&amp;henticator…</source>
        <translation>Eliminar el au&amp;tenticador…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="95"/>
        <source>No online access yet.</source>
        <translation>Todavía no tiene acceso en línea.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="97"/>
        <source>%1 · user name %2</source>
        <translation>%1 · nombre de usuario %2</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="100"/>
        <source>key valid until %1</source>
        <translation>clave válida hasta el %1</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="102"/>
        <location filename="../app/ui/access/access_tab.py" line="109"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="104"/>
        <source>Issue the &amp;key…</source>
        <translation>Emitir la &amp;clave…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="104"/>
        <source>Reissue the &amp;key…</source>
        <translation>Volver a emitir la &amp;clave…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="107"/>
        <source>None: the member signs the printed forms.</source>
        <translation>Ninguno: el socio firma los formularios impresos.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="111"/>
        <source>En&amp;rol again…</source>
        <translation>Dar de alta de &amp;nuevo…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="111"/>
        <source>En&amp;rol…</source>
        <translation>Dar de &amp;alta…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="132"/>
        <source>Revoke online access</source>
        <translation>Revocar el acceso en línea</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="133"/>
        <source>Why is the member&apos;s online access revoked?</source>
        <translation>¿Por qué se revoca el acceso en línea del socio?</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="142"/>
        <source>Online access revoked.</source>
        <translation>Acceso en línea revocado.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="148"/>
        <source>Remove the authenticator</source>
        <translation>Eliminar el autenticador</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="149"/>
        <source>Remove the member&apos;s authenticator? Its codes stop working and the member signs the printed forms until they enrol again.</source>
        <translation>¿Eliminar el autenticador del socio? Sus códigos dejarán de funcionar y el socio firmará los formularios impresos hasta que se le vuelva a dar de alta.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="161"/>
        <source>Authenticator removed.</source>
        <translation>Autenticador eliminado.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../app/ui/actions.py" line="48"/>
        <source>&amp;Desk</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="49"/>
        <source>&amp;Operations</source>
        <translation>&amp;Operaciones</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="50"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="65"/>
        <source>&amp;Find member</source>
        <translation>&amp;Buscar socio</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="66"/>
        <source>Go to the member search field</source>
        <translation>Ir al campo de búsqueda de socios</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="67"/>
        <source>&amp;New member…</source>
        <translation>&amp;Nuevo socio…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="68"/>
        <source>Register a new member</source>
        <translation>Dar de alta un socio nuevo</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="70"/>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="71"/>
        <source>Replace your password with a new one</source>
        <translation>Sustituye tu contraseña por una nueva</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="73"/>
        <source>&amp;Lock the desk</source>
        <translation>B&amp;loquear el terminal</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="74"/>
        <source>Hide everything until you sign in again</source>
        <translation>Lo oculta todo hasta que vuelvas a entrar</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="78"/>
        <source>&amp;Counter</source>
        <translation>&amp;Ventanilla</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="79"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Aprobaciones</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="81"/>
        <source>Cash d&amp;rawer</source>
        <translation>&amp;Caja</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="82"/>
        <source>&amp;End of day</source>
        <translation>Cierre del &amp;día</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="84"/>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministración</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="85"/>
        <source>Institution, branches, staff, settings, holidays, accounting, import, backup</source>
        <translation>Entidad, oficinas, personal, ajustes, festivos, contabilidad, importación, copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="87"/>
        <source>Cash &amp;deposit…</source>
        <translation>&amp;Ingreso en efectivo…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="88"/>
        <source>Take cash into a savings account of the member on screen</source>
        <translation>Ingresar efectivo en una cuenta de ahorros del socio en pantalla</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="91"/>
        <source>Cash &amp;withdrawal…</source>
        <translation>&amp;Reintegro en efectivo…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="92"/>
        <source>Pay out cash from a savings account of the member on screen</source>
        <translation>Pagar efectivo de una cuenta de ahorros del socio en pantalla</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="95"/>
        <source>Capital &amp;contribution…</source>
        <translation>Aportación al &amp;capital…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="96"/>
        <source>Take a capital contribution (mandatory first, then voluntary) from the member on screen</source>
        <translation>Cobrar una aportación al capital (primero la obligatoria, después voluntarias) del socio en pantalla</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="99"/>
        <source>&amp;Refund of voluntary capital…</source>
        <translation>Reembolso de capital &amp;voluntario…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="100"/>
        <source>File a petition to refund voluntary capital to the member on screen</source>
        <translation>Presentar una petición de reembolso de capital voluntario para el socio en pantalla</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../app/ui/admin/page.py" line="90"/>
        <source>Institution</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="92"/>
        <source>Branches</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="94"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="95"/>
        <source>Settings and fees</source>
        <translation>Ajustes y comisiones</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="97"/>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="99"/>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="101"/>
        <source>Accounting</source>
        <translation>Contabilidad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="103"/>
        <source>Loan products</source>
        <translation>Productos de préstamo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="105"/>
        <source>Member import</source>
        <translation>Importación de socios</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="107"/>
        <source>Capital returns</source>
        <translation>Rendimientos del capital</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="109"/>
        <source>Bank transfers</source>
        <translation>Transferencias bancarias</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="111"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="161"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../app/ui/approvals_page.py" line="119"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="120"/>
        <source>No petition is waiting.</source>
        <translation>No hay ninguna petición en espera.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="121"/>
        <source>Required to reject; optional to approve</source>
        <translation>Obligatorio para rechazar; opcional para aprobar</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="122"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="123"/>
        <source>If you approve:</source>
        <translation>Si la apruebas:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="124"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="125"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="126"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="127"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="127"/>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="128"/>
        <source>Filed by</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="128"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="158"/>
        <source>you</source>
        <translation>ti</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="159"/>
        <source>user #%1</source>
        <translation>usuario n.º %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals_page.py" line="223"/>
        <source>%n petitions waiting</source>
        <translation>
            <numerusform>%n petición en espera</numerusform>
            <numerusform>%n peticiones en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="224"/>
        <source>1 petition waiting</source>
        <translation>1 petición en espera</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="251"/>
        <source>%1 · petition %2</source>
        <translation>%1 · petición %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="253"/>
        <source>Filed by %1, %2 ago</source>
        <translation>Presentada por %1 hace %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="279"/>
        <source>Write why you reject the petition.</source>
        <translation>Escribe por qué rechazas la petición.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="291"/>
        <source>Petition %1 approved and carried out: %2</source>
        <translation>Petición %1 aprobada y ejecutada: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="292"/>
        <source>Petition %1 rejected: %2</source>
        <translation>Petición %1 rechazada: %2</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="vanished">Mostrar:</translation>
    </message>
    <message>
        <source>any age</source>
        <translation type="vanished">cualquier antigüedad</translation>
    </message>
    <message>
        <source>every branch</source>
        <translation type="vanished">todas las oficinas</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation type="vanished">todos los tipos</translation>
    </message>
    <message>
        <source>waiting 1 day or more</source>
        <translation type="vanished">esperando 1 día o más</translation>
    </message>
    <message>
        <source>waiting 1 h or more</source>
        <translation type="vanished">esperando 1 h o más</translation>
    </message>
    <message>
        <source>waiting 1 week or more</source>
        <translation type="vanished">esperando 1 semana o más</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="119"/>
        <source>Back up the ledger</source>
        <translation>Copia de seguridad de la contabilidad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="120"/>
        <source>&amp;Include the institution key, encrypted under a passphrase</source>
        <translation>&amp;Incluir la clave de la entidad, cifrada con una frase de paso</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="121"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de paso</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="122"/>
        <source>Re&amp;peat it</source>
        <translation>Re&amp;pítela</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="123"/>
        <source>Without the key a backup can only be restored on a desk that has it (or with a key file from &apos;ventanilla key export&apos;).</source>
        <translation>Sin la clave, una copia solo se puede restaurar en un terminal que la tenga (o con un archivo de clave de &apos;ventanilla key export&apos;).</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="125"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer la copia ahora…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="126"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="127"/>
        <source>Replaces this ledger with the backup, then checks that every entry balances and the audit chain is intact. Close the other desks of this ledger first; this desk signs out when it is done.</source>
        <translation>Sustituye esta contabilidad por la copia y comprueba después que todos los asientos cuadran y que la cadena de auditoría está intacta. Cierra antes los demás terminales de esta contabilidad; este terminal cierra la sesión al terminar.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="131"/>
        <source>Passphrase of its &amp;key</source>
        <translation>Frase de paso de su &amp;clave</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="132"/>
        <source>only if this desk lacks the key</source>
        <translation>solo si este terminal no tiene la clave</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="133"/>
        <source>I understand that the ledger is &amp;replaced</source>
        <translation>Entiendo que la contabilidad se &amp;sustituye</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="134"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="155"/>
        <source>No backup of this ledger has been taken yet.</source>
        <translation>Aún no se ha hecho ninguna copia de seguridad de esta contabilidad.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="158"/>
        <source>Last backup: %1 by %2, %3 (%4 KB)%5.</source>
        <translation>Última copia: %1, por %2, %3 (%4 KB)%5.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="161"/>
        <source>, with the key</source>
        <translation>, con la clave</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="163"/>
        <source>The last backup is more than a day old: take one now.</source>
        <translation>La última copia tiene más de un día: haz una ahora.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="164"/>
        <source>Take the first backup now.</source>
        <translation>Haz ahora la primera copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="175"/>
        <source>Passphrase: use at least 8 characters.</source>
        <translation>Frase de paso: usa al menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="178"/>
        <source>Passphrase: the two entries differ.</source>
        <translation>Frase de paso: las dos entradas no coinciden.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="182"/>
        <source>Save the backup</source>
        <translation>Guardar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="184"/>
        <location filename="../app/ui/admin/backup_panel.py" line="205"/>
        <source>Ventanilla backups (%1)</source>
        <translation>Copias de Ventanilla (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="195"/>
        <source>Backup written to %1: %2 members, %3 entries, audit chain at row %4.</source>
        <translation>Copia escrita en %1: %2 socios, %3 asientos, cadena de auditoría en la fila %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="204"/>
        <source>Choose the backup to restore</source>
        <translation>Elige la copia de seguridad que quieres restaurar</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="226"/>
        <source>Restored %1 as of %2: %3 members, %4 entries; the ledger balances and the audit chain is intact. Sign in again.</source>
        <translation>Restaurada %1 a fecha de %2: %3 socios, %4 asientos; la contabilidad cuadra y la cadena de auditoría está intacta. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>BankChangeDialog</name>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="33"/>
        <source>Change the bank account</source>
        <translation>Cambiar la cuenta bancaria</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="38"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="39"/>
        <source>%1 (member %2). Account now: %3</source>
        <translation>%1 (socio %2). Cuenta actual: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="49"/>
        <source>&amp;New account</source>
        <translation>&amp;Nueva cuenta</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="51"/>
        <source>&amp;Bank</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="52"/>
        <source>The new account is used once a supervisor approves the change.</source>
        <translation>La cuenta nueva se usará cuando un supervisor apruebe el cambio.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="57"/>
        <source>&amp;File the petition</source>
        <translation>&amp;Presentar la petición</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="59"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="115"/>
        <source>Petition %1 filed. The change waits for a supervisor&apos;s approval.</source>
        <translation>Petición %1 presentada. El cambio espera la aprobación de un supervisor.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="122"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>BlockCardDialog</name>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="98"/>
        <source>&amp;Why</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>BranchesTab</name>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="77"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="77"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="77"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="78"/>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="78"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="78"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="79"/>
        <source>&amp;Address</source>
        <translation>Dire&amp;cción</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="80"/>
        <source>C&amp;ity</source>
        <translation>&amp;Localidad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="80"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="82"/>
        <source>&amp;New branch</source>
        <translation>N&amp;ueva oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="83"/>
        <source>&amp;Save branch</source>
        <translation>&amp;Guardar oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="90"/>
        <source>New branch</source>
        <translation>Nueva oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="91"/>
        <source>Branch %1</source>
        <translation>Oficina %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="94"/>
        <source>&amp;Close branch</source>
        <translation>Ce&amp;rrar oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="94"/>
        <source>&amp;Reopen branch</source>
        <translation>&amp;Reabrir oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="113"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="113"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="169"/>
        <source>Branch %1 opened with its own vault and cash accounts.</source>
        <translation>Oficina %1 abierta con sus propias cuentas de bóveda y de caja.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="170"/>
        <source>Branch %1 saved.</source>
        <translation>Oficina %1 guardada.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="186"/>
        <source>Branch %1 is open again.</source>
        <translation>La oficina %1 vuelve a estar abierta.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="187"/>
        <source>Branch %1 is closed.</source>
        <translation>La oficina %1 está cerrada.</translation>
    </message>
</context>
<context>
    <name>CancelCardDialog</name>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="135"/>
        <source>&amp;Why</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>CapitalTab</name>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="87"/>
        <source>Mandatory capital</source>
        <translation>Capital obligatorio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="87"/>
        <source>Voluntary capital</source>
        <translation>Capital voluntario</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="88"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="90"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="90"/>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="90"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="91"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="92"/>
        <source>Yearly return:</source>
        <translation>Rendimiento anual:</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="93"/>
        <source>capitalised as voluntary capital</source>
        <translation>capitalizado como capital voluntario</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="94"/>
        <source>paid to the external account</source>
        <translation>pagado a la cuenta externa</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="95"/>
        <source>Fiscal &amp;certificate…</source>
        <translation>&amp;Certificado fiscal…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="116"/>
        <source>Saved: the next yearly return is %1.</source>
        <translation>Guardado: el próximo rendimiento anual queda %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="135"/>
        <source>Fiscal certificate %1</source>
        <translation>Certificado fiscal %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="149"/>
        <source>The mandatory contribution of %1 is not paid yet: it comes first, and makes the applicant an active member (F7).</source>
        <translation>La aportación obligatoria de %1 aún no está pagada: va primero y convierte al solicitante en socio activo (F7).</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="153"/>
        <source>Voluntary contributions can be added at any time (F7).</source>
        <translation>Se pueden añadir aportaciones voluntarias en cualquier momento (F7).</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="166"/>
        <source>No capital movements yet.</source>
        <translation>Aún no hay movimientos de capital.</translation>
    </message>
</context>
<context>
    <name>CardActionDialog</name>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="47"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="91"/>
        <source>Block the card</source>
        <translation>Bloquear la tarjeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="92"/>
        <source>The card stops working at once; no code is needed.</source>
        <translation>La tarjeta deja de funcionar de inmediato; no hace falta ningún código.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="93"/>
        <source>&amp;Block now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="106"/>
        <source>Unblock the card</source>
        <translation>Desbloquear la tarjeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="107"/>
        <source>The card works again. The member confirms it with their code, or by signing the form when they have no authenticator.</source>
        <translation>La tarjeta vuelve a funcionar. El socio lo confirma con su código o, si no tiene autenticador, firmando el formulario.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="109"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="129"/>
        <source>Cancel the card</source>
        <translation>Cancelar la tarjeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="130"/>
        <source>For good: a cancelled card never works again. A credit card is cancelled once nothing is owed on it.</source>
        <translation>Es definitivo: una tarjeta cancelada no vuelve a funcionar nunca. Una tarjeta de crédito se cancela cuando ya no se adeuda nada en ella.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="132"/>
        <source>Cancel the &amp;card</source>
        <translation>Cancelar la &amp;tarjeta</translation>
    </message>
</context>
<context>
    <name>CardDialogs</name>
    <message>
        <location filename="../app/ui/cards/dialog_parts.py" line="42"/>
        <source>Print the &amp;form to sign…</source>
        <translation>Imprimir el &amp;formulario para firmar…</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../app/ui/cards/model.py" line="14"/>
        <source>No PIN</source>
        <translation>Sin PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="15"/>
        <source>Temporary</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="16"/>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="17"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="19"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="19"/>
        <source>Debit</source>
        <translation>Débito</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="21"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="22"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="23"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="32"/>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="32"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="33"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="33"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="34"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="34"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="35"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="35"/>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="52"/>
        <source>A temporary PIN: the member changes it before using the card.</source>
        <translation>PIN provisional: el socio lo cambia antes de usar la tarjeta.</translation>
    </message>
    <message>
        <source>Chosen by the member</source>
        <translation type="vanished">Elegido por el socio</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation type="vanished">Sin emitir</translation>
    </message>
    <message>
        <source>Temporary, to change</source>
        <translation type="vanished">Provisional, por cambiar</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="66"/>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquear…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="66"/>
        <source>&amp;New card…</source>
        <translation>&amp;Nueva tarjeta…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="66"/>
        <source>&amp;Unblock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="67"/>
        <source>Cancel the car&amp;d…</source>
        <translation>&amp;Cancelar la tarjeta…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="67"/>
        <source>Reset the &amp;PIN…</source>
        <translation>R&amp;establecer el PIN…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="68"/>
        <source>The member &amp;changes the PIN…</source>
        <translation>El &amp;socio cambia el PIN…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="71"/>
        <source>This member has no cards.</source>
        <translation>Este socio no tiene tarjetas.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="116"/>
        <source>Card %1 issued: reset its PIN to give the member a temporary one.</source>
        <translation>Tarjeta %1 emitida: restablece su PIN para dar al socio uno provisional.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="126"/>
        <source>The member&apos;s new PIN is set.</source>
        <translation>El nuevo PIN del socio ha quedado establecido.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="129"/>
        <source>Card blocked.</source>
        <translation>Tarjeta bloqueada.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="129"/>
        <source>Card unblocked.</source>
        <translation>Tarjeta desbloqueada.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="130"/>
        <source>Card cancelled.</source>
        <translation>Tarjeta cancelada.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the card…</source>
        <translation type="vanished">&amp;Cancelar la tarjeta…</translation>
    </message>
</context>
<context>
    <name>CashForm</name>
    <message>
        <location filename="../app/ui/operations/cash.py" line="52"/>
        <source>%1 (the member)</source>
        <translation>%1 (el socio)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="57"/>
        <source>This member has no active savings account.</source>
        <translation>Este socio no tiene ninguna cuenta de ahorros activa.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="67"/>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="69"/>
        <source>Savings &amp;account</source>
        <translation>&amp;Cuenta de ahorros</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="73"/>
        <source>Acting at the &amp;counter</source>
        <translation>Persona en &amp;ventanilla</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="76"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="84"/>
        <source>Available balance: %1</source>
        <translation>Saldo disponible: %1</translation>
    </message>
</context>
<context>
    <name>CashReportCard</name>
    <message>
        <location filename="../app/ui/cash_report.py" line="116"/>
        <source>Monthly cash report</source>
        <translation>Informe mensual de efectivo</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="117"/>
        <source>The cash operations of the members whose cash in a month reached the reporting threshold, or that carry an origin-of-funds declaration, for the financial intelligence unit (RESU). Saved as a CSV file.</source>
        <translation>Las operaciones en efectivo de los socios cuyo efectivo en un mes alcanzó el umbral de comunicación, o que llevan una declaración del origen de los fondos, para la unidad de inteligencia financiera (RESU). Se guarda como archivo CSV.</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="121"/>
        <source>&amp;Monthly cash report…</source>
        <translation>&amp;Informe mensual de efectivo…</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="152"/>
        <source>Save the monthly cash report</source>
        <translation>Guardar el informe mensual de efectivo</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="153"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="161"/>
        <source>The report could not be saved: %1</source>
        <translation>No se ha podido guardar el informe: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="165"/>
        <source>The cash report of %1 was saved to %2. Operations listed: %3.</source>
        <translation>El informe de efectivo de %1 se ha guardado en %2. Operaciones incluidas: %3.</translation>
    </message>
</context>
<context>
    <name>CollectionsCard</name>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="59"/>
        <source>Direct debits</source>
        <translation>Adeudos directos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="60"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="60"/>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="60"/>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="61"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="61"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="62"/>
        <source>Make the &amp;collection file…</source>
        <translation>Generar el fichero de &amp;adeudos…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="63"/>
        <source>the bank&apos;s reason, for a returned debit</source>
        <translation>el motivo del banco, para un adeudo devuelto</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="64"/>
        <source>Returned by the bank</source>
        <translation>Devuelto por el banco</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="81"/>
        <source>sent to the bank</source>
        <translation>enviado al banco</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="81"/>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="99"/>
        <source>Save the collection file</source>
        <translation>Guardar el fichero de adeudos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="103"/>
        <source>Collection file %1: %2 direct debits, %3.</source>
        <translation>Fichero de adeudos %1: %2 adeudos, %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="122"/>
        <source>The direct debit of %1 was returned: the contribution is reversed.</source>
        <translation>El adeudo de %1 se ha devuelto: la aportación queda anulada.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="38"/>
        <source>&amp;Origin of the funds (the member&apos;s declaration)</source>
        <translation>&amp;Origen de los fondos (declaración del socio)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="41"/>
        <source>e.g. sale of a vehicle, salary, harvest</source>
        <translation>p. ej., venta de un vehículo, nómina, cosecha</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="45"/>
        <source>Back (Esc)</source>
        <translation>Atrás (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="46"/>
        <source>Confirm (Enter)</source>
        <translation>Confirmar (Intro)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="80"/>
        <source>This operation cannot be done.</source>
        <translation>Esta operación no se puede hacer.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="100"/>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="101"/>
        <source>Acting at the counter</source>
        <translation>Persona en ventanilla</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="102"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="109"/>
        <source>Balance after the operation</source>
        <translation>Saldo tras la operación</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="141"/>
        <source>Write where the money comes from, as the member declares it.</source>
        <translation>Escribe de dónde procede el dinero, según lo declara el socio.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="148"/>
        <source>A supervisor must type their user name and password to approve this operation.</source>
        <translation>Un supervisor debe escribir su usuario y su contraseña para aprobar esta operación.</translation>
    </message>
    <message>
        <source>This operation cannot be done: %1</source>
        <translation type="vanished">Esta operación no se puede hacer: %1</translation>
    </message>
</context>
<context>
    <name>ContributionForm</name>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="43"/>
        <source>available %1</source>
        <translation>disponible %1</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="47"/>
        <source>%1 (the member)</source>
        <translation>%1 (el socio)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="61"/>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="63"/>
        <source>Contribution</source>
        <translation>Aportación</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="65"/>
        <source>&amp;Paid</source>
        <translation>&amp;Pago</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="68"/>
        <source>Savings &amp;account</source>
        <translation>Cuenta de &amp;ahorro</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="71"/>
        <source>Acting at the &amp;counter</source>
        <translation>Persona en &amp;ventanilla</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="74"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="87"/>
        <source>Capital now: mandatory %1, voluntary %2.</source>
        <translation>Capital actual: obligatorio %1, voluntario %2.</translation>
    </message>
</context>
<context>
    <name>DenominationCount</name>
    <message>
        <location filename="../app/ui/denomination_count.py" line="74"/>
        <source>Notes</source>
        <translation>Billetes</translation>
    </message>
    <message>
        <location filename="../app/ui/denomination_count.py" line="75"/>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <location filename="../app/ui/denomination_count.py" line="76"/>
        <source>Total counted</source>
        <translation>Total contado</translation>
    </message>
    <message>
        <location filename="../app/ui/denomination_count.py" line="78"/>
        <source>Pieces of %1</source>
        <translation>Unidades de %1</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../app/ui/status_bar.py" line="52"/>
        <source>Branch %1 %2</source>
        <translation>Oficina %1 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/status_bar.py" line="54"/>
        <source>Business date %1</source>
        <translation>Fecha contable %1</translation>
    </message>
    <message>
        <location filename="../app/ui/status_bar.py" line="59"/>
        <source>1 petition waiting</source>
        <translation>1 petición en espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/status_bar.py" line="61"/>
        <source>%n petitions waiting</source>
        <translation>
            <numerusform>%n petición en espera</numerusform>
            <numerusform>%n peticiones en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/status_bar.py" line="63"/>
        <source>Backup due (Administration &gt; Backup)</source>
        <translation>Copia de seguridad pendiente (Administración &gt; Copia de seguridad)</translation>
    </message>
</context>
<context>
    <name>DisburseDialog</name>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="21"/>
        <source>&amp;Disburse</source>
        <translation>&amp;Desembolsar</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="22"/>
        <source>Disbursement of loan %1</source>
        <translation>Desembolso del préstamo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="26"/>
        <source>%1 for %2: %3 lent, opening fee %4, paid out %5. The schedule runs from today.</source>
        <translation>%1 a favor de %2: importe prestado %3, comisión de apertura %4, importe entregado %5. El calendario de pagos se calcula a partir de hoy.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="34"/>
        <source>Savings account %1</source>
        <translation>Cuenta de ahorro %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="36"/>
        <source>Transfer to %1</source>
        <translation>Transferencia a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="38"/>
        <source>Cash from my drawer</source>
        <translation>Efectivo de mi caja</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="40"/>
        <source>&amp;Pay to</source>
        <translation>&amp;Pagar a</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="44"/>
        <source>Print the &amp;contract summary…</source>
        <translation>Imprimir el &amp;resumen del contrato…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="55"/>
        <source>Loan %1 disbursed: receipt %2, %3 paid out.</source>
        <translation>Préstamo %1 desembolsado: recibo %2, importe entregado %3.</translation>
    </message>
</context>
<context>
    <name>DrawerPage</name>
    <message>
        <location filename="../app/ui/drawer_page.py" line="123"/>
        <source>Cash drawer</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="124"/>
        <source>Your drawer</source>
        <translation>Tu caja</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="125"/>
        <location filename="../app/ui/drawer_page.py" line="243"/>
        <source>Vault and drawer</source>
        <translation>Bóveda y caja</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="126"/>
        <source>Move cash between the branch vault and your drawer. Type the amount, then choose the direction.</source>
        <translation>Traspasa efectivo entre la bóveda de la oficina y tu caja. Escribe el importe y elige la dirección.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="128"/>
        <source>Vault → drawer</source>
        <translation>Bóveda → caja</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="129"/>
        <source>Drawer → vault</source>
        <translation>Caja → bóveda</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="130"/>
        <source>Last closing</source>
        <translation>Último cierre</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="131"/>
        <source>Print closing &amp;report</source>
        <translation>Imprimir el &amp;informe de cierre</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="154"/>
        <source>Your drawer is open.</source>
        <translation>Tu caja está abierta.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="155"/>
        <source>Opening float %1 · drawer account %2 · session %3</source>
        <translation>Fondo de apertura %1 · cuenta de caja %2 · sesión %3</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="159"/>
        <source>Your drawer is closed; its difference waits for a supervisor. You can open again once it is settled.</source>
        <translation>Tu caja está cerrada; su diferencia espera a un supervisor. Podrás volver a abrirla cuando se resuelva.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="163"/>
        <source>Your drawer is closed. Count the opening float to open it.</source>
        <translation>Tu caja está cerrada. Cuenta el fondo de apertura para abrirla.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="170"/>
        <source>Blind count to close</source>
        <translation>Arqueo ciego para cerrar</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="171"/>
        <source>Count the opening float</source>
        <translation>Contar el fondo de apertura</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="173"/>
        <source>Count every note and coin in the drawer. The amount the drawer should hold is shown only after you submit the count.</source>
        <translation>Cuenta todos los billetes y monedas de la caja. Lo que debería haber en la caja solo se muestra después de enviar el arqueo.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="175"/>
        <source>Count the cash you take from the vault for the day.</source>
        <translation>Cuenta el efectivo que tomas de la bóveda para el día.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="176"/>
        <source>Close the drawer…</source>
        <translation>Cerrar la caja…</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="177"/>
        <source>Open the drawer</source>
        <translation>Abrir la caja</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="185"/>
        <source>Closed: you counted %1 and the count matches.</source>
        <translation>Cerrada: has contado %1 y el arqueo cuadra.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="186"/>
        <source>over</source>
        <translation>sobrante</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="186"/>
        <source>short</source>
        <translation>faltante</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="188"/>
        <source>You counted %1; the drawer should have held %2. The difference of %3 (%4) waits for a supervisor&apos;s approval.</source>
        <translation>Has contado %1; la caja debía tener %2. La diferencia de %3 (%4) espera la aprobación de un supervisor.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="191"/>
        <source>You counted %1; the drawer should have held %2. The difference of %3 (%4) was approved.</source>
        <translation>Has contado %1; la caja debía tener %2. La diferencia de %3 (%4) se ha aprobado.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="202"/>
        <location filename="../app/ui/drawer_page.py" line="204"/>
        <source>Close the drawer</source>
        <translation>Cerrar la caja</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="203"/>
        <source>Close your drawer with %1 counted?</source>
        <translation>¿Cerrar tu caja con %1 contados?</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="205"/>
        <source>The count cannot be changed afterwards.</source>
        <translation>El arqueo no se puede cambiar después.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="241"/>
        <source>Move %1 from your drawer to the vault?</source>
        <translation>¿Traspasar %1 de tu caja a la bóveda?</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="242"/>
        <source>Move %1 from the vault to your drawer?</source>
        <translation>¿Traspasar %1 de la bóveda a tu caja?</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="244"/>
        <source>Move</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="262"/>
        <source>%1 moved to the vault.</source>
        <translation>%1 pasados a la bóveda.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="263"/>
        <source>%1 moved from the vault to your drawer.</source>
        <translation>%1 pasados de la bóveda a tu caja.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="291"/>
        <source>Drawer closing report</source>
        <translation>Informe de cierre de caja</translation>
    </message>
</context>
<context>
    <name>EndOfDayPage</name>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="129"/>
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="130"/>
        <source>Business day</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="131"/>
        <source>Drawers still open</source>
        <translation>Cajas todavía abiertas</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="132"/>
        <source>Drawer session</source>
        <translation>Sesión de caja</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="132"/>
        <source>Teller</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="133"/>
        <source>Every drawer is closed.</source>
        <translation>Todas las cajas están cerradas.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="134"/>
        <source>&amp;Force close…</source>
        <translation>Cerrar a la &amp;fuerza…</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="135"/>
        <source>Close the day</source>
        <translation>Cerrar el día</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="136"/>
        <source>Checks the ledger, reviews the drawers and moves the business date to the next business day. It can be cancelled between steps and run again to resume.</source>
        <translation>Comprueba la contabilidad, revisa las cajas y pasa la fecha contable al siguiente día hábil. Se puede cancelar entre pasos y volver a ejecutar para continuar.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="139"/>
        <source>&amp;Run end of day</source>
        <translation>&amp;Hacer el cierre del día</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="140"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="141"/>
        <source>&amp;Print day report</source>
        <translation>&amp;Imprimir el informe del día</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="142"/>
        <source>The journal of the closed day and the audit chain head, to print or save</source>
        <translation>El diario del día cerrado y la cabecera de la cadena de auditoría, para imprimir o guardar</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="172"/>
        <source>Business date: %1
Next business date: %2</source>
        <translation>Fecha contable: %1
Siguiente fecha contable: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="204"/>
        <source>Close the drawer of %1 (session %2) without a count? The cash it should hold goes back to the vault, sealed, and your reason is recorded.</source>
        <translation>¿Cerrar la caja de %1 (sesión %2) sin arqueo? El efectivo que debería tener vuelve precintado a la bóveda y se registra tu motivo.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="207"/>
        <source>Force close a drawer</source>
        <translation>Cerrar una caja a la fuerza</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="208"/>
        <source>Force close</source>
        <translation>Cerrar a la fuerza</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="242"/>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="249"/>
        <source>Cancelling after the current step…</source>
        <translation>Cancelando tras el paso en curso…</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="261"/>
        <source>The business day %1 is closed. New business date: %2.
Audit chain head: record %3, %4</source>
        <translation>La jornada del %1 está cerrada. Nueva fecha contable: %2.
Cabecera de la cadena de auditoría: registro %3, %4</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="266"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="270"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="294"/>
        <source>Day report %1</source>
        <translation>Informe del día %1</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="32"/>
        <source>Authenticator for %1</source>
        <translation>Autenticador de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="33"/>
        <source>This replaces the member&apos;s current authenticator: its codes stop working now. </source>
        <translation>Sustituye el autenticador actual del socio: sus códigos dejan de funcionar ahora. </translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="35"/>
        <source>The member opens an authenticator app on their phone and scans the code that appears here.</source>
        <translation>El socio abre una aplicación de autenticación en su teléfono y escanea el código que aparece aquí.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="37"/>
        <source>&amp;Show the QR code</source>
        <translation>&amp;Mostrar el código QR</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="48"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="57"/>
        <source>The app&apos;s first c&amp;ode</source>
        <translation>Primer &amp;código de la aplicación</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="60"/>
        <source>Print the s&amp;heet…</source>
        <translation>Imprimir la &amp;hoja…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="122"/>
        <source>The authenticator is active: from now on the member confirms petitions and sensitive operations with its code.</source>
        <translation>El autenticador está activo: a partir de ahora el socio confirma las peticiones y las operaciones sensibles con su código.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="135"/>
        <source>Authenticator</source>
        <translation>Autenticador</translation>
    </message>
</context>
<context>
    <name>FeesCard</name>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="84"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="85"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="85"/>
        <source>Fixed</source>
        <translation>Fija</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="85"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="86"/>
        <source>Maximum</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="86"/>
        <source>Minimum</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="89"/>
        <source>Fixed (%1)</source>
        <translation>Fija (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="89"/>
        <source>O&amp;peration</source>
        <translation>O&amp;peración</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="90"/>
        <source>Minimum (%1)</source>
        <translation>Mínima (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="90"/>
        <source>Percentage (%)</source>
        <translation>Porcentaje (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="91"/>
        <source>Maximum (%1)</source>
        <translation>Máxima (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="91"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="93"/>
        <source>Charge VAT on this fee</source>
        <translation>Aplicar IVA a esta comisión</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="94"/>
        <source>no maximum</source>
        <translation>sin máximo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="95"/>
        <source>Save &amp;fee</source>
        <translation>Guardar &amp;comisión</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="170"/>
        <source>The fee of %1 was saved.</source>
        <translation>Se ha guardado la comisión de %1.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../app/ui/member_file/filing_dialog.py" line="40"/>
        <source>&amp;File the petition</source>
        <translation>&amp;Presentar la petición</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/filing_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/filing_dialog.py" line="120"/>
        <source>The member confirmed it with their code: there is no form to sign.</source>
        <translation>El socio la ha confirmado con su código: no hay ningún formulario que firmar.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/filing_dialog.py" line="125"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/ui/app.py" line="132"/>
        <location filename="../app/ui/app.py" line="134"/>
        <source>The ledger could not be opened.</source>
        <translation>No se ha podido abrir la contabilidad.</translation>
    </message>
    <message>
        <location filename="../app/ui/app.py" line="133"/>
        <source>Ventanilla</source>
        <translation>Ventanilla</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="103"/>
        <source>Region of the calendar</source>
        <translation>Región del calendario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="104"/>
        <source>The whole country</source>
        <translation>Todo el país</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="105"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="106"/>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="107"/>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="108"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="108"/>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="108"/>
        <source>The institution</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="109"/>
        <source>Open / close that day</source>
        <translation>Abrir / cerrar ese día</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="110"/>
        <source>As the calendar says</source>
        <translation>Según el calendario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="111"/>
        <source>Name, e.g. the town&apos;s festivity</source>
        <translation>Nombre, p. ej., la fiesta local</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="112"/>
        <source>&amp;Close on this day</source>
        <translation>&amp;Cerrar este día</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="134"/>
        <source>Opens (changed here)</source>
        <translation>Abierta (cambiado aquí)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="136"/>
        <source>Closed (added here)</source>
        <translation>Cerrada (añadido aquí)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="137"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="171"/>
        <source>The calendar now follows the holidays of %1.</source>
        <translation>El calendario sigue ahora los festivos de %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="180"/>
        <source>The institution opens on %1.</source>
        <translation>La entidad abre el %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="181"/>
        <location filename="../app/ui/admin/holidays_tab.py" line="199"/>
        <source>The institution is closed on %1.</source>
        <translation>La entidad cierra el %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="189"/>
        <source>%1 is as the calendar says again.</source>
        <translation>El %1 vuelve a seguir el calendario.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="45"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="45"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="45"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="45"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="52"/>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="52"/>
        <source>OK</source>
        <translation>Correcta</translation>
    </message>
</context>
<context>
    <name>InstitutionTab</name>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="124"/>
        <source>&amp;Address</source>
        <translation>Dire&amp;cción</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="124"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="124"/>
        <source>&amp;Tax ID</source>
        <translation>Identificación &amp;fiscal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="125"/>
        <source>&amp;Postal code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="125"/>
        <source>C&amp;ity</source>
        <translation>&amp;Localidad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="126"/>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="126"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="127"/>
        <source>&amp;Creditor ID</source>
        <translation>Identificador de &amp;acreedor</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="127"/>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="128"/>
        <source>&amp;BIC</source>
        <translation>&amp;BIC</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="128"/>
        <source>Co&amp;llections file</source>
        <translation>Archivo de a&amp;deudos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="129"/>
        <source>T&amp;ransfers file</source>
        <translation>Archivo de tran&amp;sferencias</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="133"/>
        <source>Institution</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="134"/>
        <source>SEPA</source>
        <translation>SEPA</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="135"/>
        <source>For the direct-debit collections (pain.008) and transfers (pain.001) sent to the cooperative&apos;s bank: use the versions your bank accepts.</source>
        <translation>Para los adeudos directos (pain.008) y las transferencias (pain.001) que se envían al banco de la cooperativa: usa las versiones que acepte el banco.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="138"/>
        <source>Logo on documents</source>
        <translation>Logotipo en los documentos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="139"/>
        <source>Printed at the top of receipts, statements and certificates. PNG or JPEG, up to 512 KB.</source>
        <translation>Se imprime en la parte superior de recibos, extractos y certificados. PNG o JPEG, hasta 512 KB.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="141"/>
        <source>C&amp;hoose…</source>
        <translation>Elegi&amp;r…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="142"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="143"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="175"/>
        <source>Saved. Every desk prints the new details from its next document on.</source>
        <translation>Guardado. Cada terminal imprime los nuevos datos a partir de su próximo documento.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="187"/>
        <source>Choose the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="188"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="194"/>
        <source>The file could not be read: %1</source>
        <translation>No se ha podido leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="207"/>
        <source>The logo was saved.</source>
        <translation>Se ha guardado el logotipo.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="208"/>
        <source>The logo was removed.</source>
        <translation>Se ha quitado el logotipo.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="221"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
</context>
<context>
    <name>IssueCardDialog</name>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="33"/>
        <source>New card for %1</source>
        <translation>Nueva tarjeta para %1</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="34"/>
        <source>&amp;Debit</source>
        <translation>&amp;Débito</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="35"/>
        <source>C&amp;redit</source>
        <translation>C&amp;rédito</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="61"/>
        <source>Card &amp;number</source>
        <translation>&amp;Número de tarjeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="61"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="62"/>
        <source>&amp;Expiry</source>
        <translation>&amp;Caducidad</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="62"/>
        <source>Draws on &amp;account</source>
        <translation>C&amp;uenta de cargo</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="63"/>
        <source>Credit &amp;limit</source>
        <translation>&amp;Límite de crédito</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="66"/>
        <source>Type the number printed on the card, or scan it. Only its first six and last four digits are kept.</source>
        <translation>Escribe el número impreso en la tarjeta o escanéalo. Solo se guardan sus seis primeros y cuatro últimos dígitos.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="69"/>
        <source>&amp;Issue the card</source>
        <translation>&amp;Emitir la tarjeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="91"/>
        <source>The member has no open savings account to draw on.</source>
        <translation>El socio no tiene ninguna cuenta de ahorros abierta a la que vincularla.</translation>
    </message>
</context>
<context>
    <name>IssueCredentialDialog</name>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="32"/>
        <source>Online banking access for %1</source>
        <translation>Acceso a la banca en línea de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="33"/>
        <source>A new registration key replaces the old one: the member&apos;s current key and password stop working now.</source>
        <translation>Una clave de registro nueva sustituye a la anterior: la clave y la contraseña actuales del socio dejan de funcionar ahora.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="35"/>
        <source>The member completes the registration online with their document, this key, their external account and a password of their own.</source>
        <translation>El socio completa el registro en línea con su documento, esta clave, su cuenta externa y una contraseña propia.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="39"/>
        <source>&amp;Print a letter now</source>
        <translation>&amp;Imprimir una carta ahora</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="41"/>
        <source>&amp;E-mail it to %1</source>
        <translation>&amp;Enviarla por correo electrónico a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="42"/>
        <source>E-mail (the member has no address)</source>
        <translation>Correo electrónico (el socio no tiene dirección)</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="50"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="51"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="59"/>
        <source>Print the &amp;letter…</source>
        <translation>Imprimir la &amp;carta…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="62"/>
        <source>&amp;Issue</source>
        <translation>&amp;Emitir</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="62"/>
        <source>&amp;Reissue</source>
        <translation>&amp;Volver a emitir</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="101"/>
        <source>User name %1. The key above is valid until %2 and is not shown again: print the letter and hand it to the member.</source>
        <translation>Nombre de usuario %1. La clave de arriba es válida hasta el %2 y no se vuelve a mostrar: imprime la carta y entrégasela al socio.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="105"/>
        <source>User name %1. The letter with the key (valid until %2) is in the outbox for %3 and goes out with the next dispatch.</source>
        <translation>Nombre de usuario %1. La carta con la clave (válida hasta el %2) está en la bandeja de salida para %3 y sale con el próximo envío.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="111"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="121"/>
        <source>Online banking access</source>
        <translation>Acceso a la banca en línea</translation>
    </message>
</context>
<context>
    <name>JournalExportCard</name>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="65"/>
        <source>Journal export</source>
        <translation>Exportación del diario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="66"/>
        <source>Every posting between two business dates, one line each, with its receipt, entry, account and chart code, saved as a CSV file for the accounting program.</source>
        <translation>Todos los apuntes entre dos fechas contables, uno por línea, con su recibo, asiento, cuenta y código del plan, guardados como archivo CSV para el programa de contabilidad.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="69"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="70"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="71"/>
        <source>&amp;Export journal…</source>
        <translation>&amp;Exportar diario…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="78"/>
        <source>Making the journal…</source>
        <translation>Generando el diario…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="102"/>
        <source>Export the journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="109"/>
        <source>The journal from %1 to %2 was saved to %3: %4 lines, one per posting, after the header line.</source>
        <translation>El diario del %1 al %2 se ha guardado en %3: %4 líneas, una por apunte, tras la línea de cabecera.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/ui/language_menu.py" line="43"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/ui/language_menu.py" line="44"/>
        <source>The language of the desk, remembered for your user</source>
        <translation>El idioma del terminal; se recuerda para tu usuario</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="20"/>
        <source>Leaving membership</source>
        <translation>Baja como socio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="26"/>
        <source>%1 asks to leave the cooperative. On approval every account is settled and closed:</source>
        <translation>%1 pide la baja de la cooperativa. Al aprobarla se liquidan y cierran todas las cuentas:</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="29"/>
        <source>%1 in all, by transfer to %2.</source>
        <translation>%1 en total, por transferencia a %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="33"/>
        <source>optional, in the member&apos;s words</source>
        <translation>opcional, con las palabras del socio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="35"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="48"/>
        <source>Petition %1 filed: the member is leaving until a supervisor decides it on the Approvals page.</source>
        <translation>Petición %1 presentada: el socio está de baja en trámite hasta que un supervisor la decida en la página Aprobaciones.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="vanished">&amp;Hecho</translation>
    </message>
    <message>
        <source>&amp;File the petition</source>
        <translation type="vanished">&amp;Presentar la petición</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
</context>
<context>
    <name>LoanApplicationDialog</name>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="31"/>
        <source>New loan for %1</source>
        <translation>Nuevo préstamo para %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="35"/>
        <source>There are no loan products: an administrator creates them (Administration, Loan products).</source>
        <translation>No hay productos de préstamo: debe crearlos un administrador (Administración, Productos de préstamo).</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="51"/>
        <source>&amp;Product</source>
        <translation>&amp;Producto</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="52"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="55"/>
        <source>&amp;Term (months)</source>
        <translation>Pla&amp;zo (meses)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="56"/>
        <source>&amp;Rate (% a year)</source>
        <translation>&amp;Tasa (% anual)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="57"/>
        <source>&amp;Grace on principal</source>
        <translation>&amp;Carencia de capital</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="58"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Finalidad</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="78"/>
        <source>Print the &amp;simulation…</source>
        <translation>Imprimir la &amp;simulación…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="90"/>
        <source>Nothing moves until a supervisor approves it; the loan is then disbursed from the member file.</source>
        <translation>No se realiza ningún movimiento hasta que un supervisor apruebe la solicitud; después, el préstamo se desembolsa desde la ficha del socio.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="93"/>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="93"/>
        <source>Total interest</source>
        <translation>Total de intereses</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="94"/>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="94"/>
        <source>Opening fee</source>
        <translation>Comisión de apertura</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="95"/>
        <source>Effective annual rate</source>
        <translation>Tasa anual efectiva (TAE)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="95"/>
        <source>Total cost of the credit</source>
        <translation>Coste total del crédito</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="110"/>
        <source>&amp;File the application</source>
        <translation>Prese&amp;ntar la solicitud</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="180"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="180"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="192"/>
        <source>Loan simulation</source>
        <translation>Simulación de préstamo</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="203"/>
        <source>Application %1 filed: a supervisor approves it on the Approvals page.</source>
        <translation>Solicitud %1 presentada: un supervisor debe aprobarla en la página Aprobaciones.</translation>
    </message>
</context>
<context>
    <name>LoanCounterDialog</name>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="35"/>
        <source>Origin of the funds (the member&apos;s declaration)</source>
        <translation>Origen de los fondos (declaración del socio)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="39"/>
        <source>Print the &amp;receipt…</source>
        <translation>Imprimir el &amp;recibo…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="41"/>
        <source>Print the amortization &amp;table…</source>
        <translation>Imprimir la &amp;tabla de amortización…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="114"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
</context>
<context>
    <name>LoanProductsTab</name>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="113"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="113"/>
        <source>&amp;Method</source>
        <translation>&amp;Sistema de amortización</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="113"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="114"/>
        <source>Rate from (% a year)</source>
        <translation>Tasa mínima (% anual)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="114"/>
        <source>Rate up to (% a year)</source>
        <translation>Tasa máxima (% anual)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="115"/>
        <source>Term from (months)</source>
        <translation>Plazo mínimo (meses)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="115"/>
        <source>Term up to (months)</source>
        <translation>Plazo máximo (meses)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="116"/>
        <source>Grace on principal, at most</source>
        <translation>Carencia de capital máxima</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="117"/>
        <source>Amount from</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="117"/>
        <source>Amount up to</source>
        <translation>Importe máximo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="118"/>
        <source>&amp;Day count</source>
        <translation>&amp;Base de cálculo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="118"/>
        <source>Insurance (% a month)</source>
        <translation>Seguro (% mensual)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="119"/>
        <source>Late interest (% a year)</source>
        <translation>Interés de mora (% anual)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="119"/>
        <source>Opening fee (%)</source>
        <translation>Comisión de apertura (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="120"/>
        <source>Installment multiple</source>
        <translation>Múltiplo de la cuota</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="120"/>
        <source>Opening fee, fixed</source>
        <translation>Comisión de apertura fija</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="121"/>
        <source>A payment settles</source>
        <translation>Orden de imputación de pagos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="121"/>
        <source>Due dates</source>
        <translation>Vencimientos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="133"/>
        <source>Drag to change the order</source>
        <translation>Arrastre para cambiar el orden</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="134"/>
        <source>&amp;Offered</source>
        <translation>&amp;Ofrecido</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="135"/>
        <source>&amp;New product</source>
        <translation>N&amp;uevo producto</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="136"/>
        <source>&amp;Save product</source>
        <translation>&amp;Guardar producto</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="142"/>
        <source>New loan product</source>
        <translation>Nuevo producto de préstamo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="143"/>
        <source>Loan product %1</source>
        <translation>Producto de préstamo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="254"/>
        <source>Product %1 saved.</source>
        <translation>Producto %1 guardado.</translation>
    </message>
</context>
<context>
    <name>LoanTables</name>
    <message>
        <location filename="../app/ui/loans/models.py" line="28"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="28"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="29"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="29"/>
        <source>Principal balance</source>
        <translation>Capital pendiente</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="30"/>
        <source>Amount due</source>
        <translation>Importe exigible</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="30"/>
        <source>Next payment</source>
        <translation>Próximo pago</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="31"/>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="31"/>
        <location filename="../app/ui/loans/models.py" line="46"/>
        <location filename="../app/ui/loans/models.py" line="73"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="42"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="42"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="43"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="43"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="44"/>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="44"/>
        <source>Late interest</source>
        <translation>Interés de mora</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="45"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="45"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="46"/>
        <source>Owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="70"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="70"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="71"/>
        <source>Method</source>
        <translation>Sistema de amortización</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="71"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="72"/>
        <source>Amounts</source>
        <translation>Importes</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="72"/>
        <source>Term (months)</source>
        <translation>Plazo (meses)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="81"/>
        <location filename="../app/ui/loans/models.py" line="84"/>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="81"/>
        <location filename="../app/ui/loans/models.py" line="85"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="44"/>
        <source>Amortization table %1</source>
        <translation>Tabla de amortización %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="54"/>
        <source>Contract summary %1</source>
        <translation>Resumen del contrato %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="131"/>
        <source>&amp;Print amortization table…</source>
        <translation>&amp;Imprimir tabla de amortización…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="132"/>
        <source>&amp;New loan…</source>
        <translation>&amp;Nuevo préstamo…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="133"/>
        <source>&amp;Contract summary…</source>
        <translation>&amp;Resumen del contrato…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="134"/>
        <source>Cancel the appro&amp;val…</source>
        <translation>Anular la apro&amp;bación…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="135"/>
        <source>&amp;Disburse…</source>
        <translation>&amp;Desembolsar…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="136"/>
        <source>&amp;Repay…</source>
        <translation>&amp;Pagar…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="137"/>
        <source>This member has no loans.</source>
        <translation>Este socio no tiene préstamos.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="179"/>
        <location filename="../app/ui/loans/loans_tab.py" line="192"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="179"/>
        <location filename="../app/ui/loans/loans_tab.py" line="192"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="182"/>
        <source>Loan %1 · %2</source>
        <translation>Préstamo %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="185"/>
        <source>%1 over %2 months at %3 % nominal; effective annual rate %4 %; total cost of the credit %5.</source>
        <translation>%1 a %2 meses al %3 % nominal; tasa anual efectiva %4 %; coste total del crédito %5.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="215"/>
        <source>Cancel loan %1</source>
        <translation>Anular el préstamo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="216"/>
        <source>Why is the approved loan cancelled?</source>
        <translation>¿Por qué se anula el préstamo aprobado?</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="226"/>
        <source>The loan was cancelled.</source>
        <translation>El préstamo se ha anulado.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../app/ui/login_window.py" line="94"/>
        <source>Opening the ledger…</source>
        <translation>Abriendo la contabilidad…</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="100"/>
        <source>Ventanilla</source>
        <translation>Ventanilla</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="102"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="103"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="104"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="105"/>
        <source>Sign in as another user</source>
        <translation>Entrar con otro usuario</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="107"/>
        <source>Desk locked</source>
        <translation>Terminal bloqueado</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="108"/>
        <source>%1 is signed in. Type the password to continue.</source>
        <translation>%1 tiene la sesión abierta. Escribe la contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="112"/>
        <source>Teller desk</source>
        <translation>Terminal de caja</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="192"/>
        <source>Type your user name.</source>
        <translation>Escribe tu usuario.</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="196"/>
        <source>Type your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
</context>
<context>
    <name>MailServerTab</name>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="97"/>
        <source>P&amp;ort</source>
        <translation>P&amp;uerto</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="97"/>
        <source>Sec&amp;urity</source>
        <translation>S&amp;eguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="97"/>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="98"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="98"/>
        <source>Sign in &amp;as</source>
        <translation>Iniciar sesión c&amp;omo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="99"/>
        <source>Sen&amp;der address</source>
        <translation>&amp;Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="105"/>
        <source>No password</source>
        <translation>Sin contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="106"/>
        <source>Outgoing mail</source>
        <translation>Correo saliente</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="107"/>
        <source>The outbox sends the members&apos; e-mails (online access letters, temporary PINs) through this server, from every desk. Leave Sign in as empty for a server that needs no sign-in.</source>
        <translation>La bandeja de salida envía los correos electrónicos a los socios (cartas de acceso en línea, PIN provisionales) a través de este servidor, desde todos los terminales. Deja vacío «Iniciar sesión como» si el servidor no requiere iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="111"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="112"/>
        <source>Test message</source>
        <translation>Mensaje de prueba</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="113"/>
        <source>Sends one message to this address at once, through the saved server, and shows the server&apos;s answer.</source>
        <translation>Envía al momento un mensaje a esta dirección, a través del servidor guardado, y muestra la respuesta del servidor.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="116"/>
        <source>Send a &amp;test</source>
        <translation>Enviar una &amp;prueba</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="122"/>
        <source>Saved: leave empty to keep it</source>
        <translation>Guardada: déjala vacía para conservarla</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="165"/>
        <source>Saved. The next run of the outbox uses it.</source>
        <translation>Guardado. La próxima ejecución de la bandeja de salida lo usará.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="177"/>
        <source>The server took the message for %1.</source>
        <translation>El servidor ha aceptado el mensaje para %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="136"/>
        <source>Ventanilla - %1 - %2</source>
        <translation>Ventanilla - %1 - %2</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="170"/>
        <source>Your password was changed.</source>
        <translation>Tu contraseña se ha cambiado.</translation>
    </message>
</context>
<context>
    <name>MemberFilePage</name>
    <message>
        <location filename="../app/ui/member_file/page.py" line="103"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="104"/>
        <source>&amp;Movements</source>
        <translation>&amp;Movimientos</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="105"/>
        <source>C&amp;apital</source>
        <translation>C&amp;apital</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="106"/>
        <source>&amp;Loans</source>
        <translation>&amp;Préstamos</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="107"/>
        <source>&amp;Cards</source>
        <translation>&amp;Tarjetas</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="108"/>
        <source>&amp;Online access</source>
        <translation>Acceso en &amp;línea</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="30"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="43"/>
        <source>Type the date as dd/mm/yyyy, for example 31/12/1980.</source>
        <translation>Escribe la fecha como dd/mm/aaaa, por ejemplo 31/12/1980.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="48"/>
        <source>There is no such date: check the day and the month.</source>
        <translation>Esa fecha no existe: revisa el día y el mes.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="46"/>
        <source>Edit member %1</source>
        <translation>Editar el socio %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="47"/>
        <source>New member</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="60"/>
        <source>Detect from the number</source>
        <translation>Detectar por el número</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="66"/>
        <source>As on the document; dots and dashes are fine</source>
        <translation>Como en el documento; se admiten puntos y guiones</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="70"/>
        <source>Politically exposed person (PEP)</source>
        <translation>Persona con responsabilidad pública (PRP)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="80"/>
        <source>Change bank account…</source>
        <translation>Cambiar la cuenta bancaria…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="86"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="87"/>
        <source>Document &amp;type</source>
        <translation>&amp;Tipo de documento</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="88"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="89"/>
        <location filename="../app/ui/member_form.py" line="212"/>
        <source>&amp;Given names</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="90"/>
        <source>S&amp;urnames</source>
        <translation>A&amp;pellidos</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="91"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="92"/>
        <source>Document &amp;expires</source>
        <translation>C&amp;aducidad del documento</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="93"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="95"/>
        <source>&amp;Risk rating</source>
        <translation>Ni&amp;vel de riesgo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="96"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="97"/>
        <source>&amp;Address</source>
        <translation>Dire&amp;cción</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="98"/>
        <source>E-&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="99"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="100"/>
        <source>&amp;Occupation</source>
        <translation>&amp;Ocupación</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="101"/>
        <source>&amp;Source of income</source>
        <translation>Origen de los &amp;ingresos</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="102"/>
        <source>External bank account</source>
        <translation>Cuenta bancaria externa</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="106"/>
        <location filename="../app/ui/member_form.py" line="109"/>
        <source>Ban&amp;k account</source>
        <translation>C&amp;uenta bancaria</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="111"/>
        <source>Ba&amp;nk</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="114"/>
        <source>Register</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="114"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="211"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Razón social</translation>
    </message>
</context>
<context>
    <name>MemberHeader</name>
    <message>
        <location filename="../app/ui/member_file/header.py" line="101"/>
        <source>&amp;Edit member</source>
        <translation>&amp;Editar socio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="102"/>
        <source>Change &amp;bank account…</source>
        <translation>Cambiar la cuenta &amp;bancaria…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="103"/>
        <source>&amp;Leave membership…</source>
        <translation>&amp;Dar de baja…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="104"/>
        <source>Pe&amp;tition…</source>
        <translation>&amp;Petición…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="105"/>
        <source>Back to search (Esc)</source>
        <translation>Volver a la búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="106"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="106"/>
        <source>Member no.</source>
        <translation>N.º de socio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="107"/>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="107"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="121"/>
        <source>1 petition waiting</source>
        <translation>1 petición en espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/member_file/header.py" line="122"/>
        <source>%n petitions waiting</source>
        <translation>
            <numerusform>%n petición en espera</numerusform>
            <numerusform>%n peticiones en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="136"/>
        <source>Representatives: %1</source>
        <translation>Representantes: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="137"/>
        <source>No representative registered.</source>
        <translation>No hay ningún representante registrado.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="139"/>
        <source>Represents: %1</source>
        <translation>Representa a: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="143"/>
        <source>%1 of account %2</source>
        <translation>%1 de la cuenta %2</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="145"/>
        <source>Holder of the accounts below.</source>
        <translation>Titular de las cuentas siguientes.</translation>
    </message>
</context>
<context>
    <name>MemberImportPanel</name>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="112"/>
        <source>Import members from a CSV file</source>
        <translation>Importar socios desde un archivo CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="114"/>
        <source>One member per row. The first line names the columns: document, given_names and surnames are required; document_type, birth_date, email, phone, address and external_account are optional. Every row is checked first and shown below; nothing is written until you press Import.</source>
        <translation>Un socio por fila. La primera línea da nombre a las columnas: document, given_names y surnames son obligatorias; document_type, birth_date, email, phone, address y external_account son opcionales. Todas las filas se comprueban primero y se muestran abajo; no se escribe nada hasta que pulses Importar.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="118"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="119"/>
        <source>Only rows with &amp;errors</source>
        <translation>Solo filas con e&amp;rrores</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="120"/>
        <source>&amp;Skip invalid rows</source>
        <translation>&amp;Omitir filas no válidas</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="121"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="132"/>
        <source>No file chosen yet.</source>
        <translation>Todavía no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="136"/>
        <source>Rows: %1 · good: %2 · with errors: %3</source>
        <translation>Filas: %1 · correctas: %2 · con errores: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="150"/>
        <source>No row can be imported: correct the file and choose it again.</source>
        <translation>No se puede importar ninguna fila: corrige el archivo y vuelve a elegirlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="152"/>
        <source>Rows with errors stop the whole import: correct them and choose the file again, or tick “Skip invalid rows” to import the good ones only.</source>
        <translation>Las filas con errores detienen toda la importación: corrígelas y vuelve a elegir el archivo, o marca «Omitir filas no válidas» para importar solo las correctas.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="175"/>
        <source>Choose the members file</source>
        <translation>Elegir el archivo de socios</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="176"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="188"/>
        <source>The file could not be read: %1</source>
        <translation>No se ha podido leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="196"/>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="206"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="209"/>
        <source>The file holds no member rows.</source>
        <translation>El archivo no contiene filas de socios.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="225"/>
        <source>Importing %1 members…</source>
        <translation>Importando %1 socios…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="254"/>
        <source>%1 of %2 members imported.</source>
        <translation>%1 de %2 socios importados.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="257"/>
        <source>Rows skipped for their errors: %1.</source>
        <translation>Filas omitidas por errores: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="263"/>
        <source>Nothing was imported: the file holds no member rows.</source>
        <translation>No se ha importado nada: el archivo no contiene filas de socios.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="265"/>
        <source>Nothing was imported: %1 rows have errors. The first, on line %2, %3</source>
        <translation>No se ha importado nada: %1 filas tienen errores. La primera, en la línea %2, %3</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <location filename="../app/ui/member_search.py" line="93"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="93"/>
        <source>Member no.</source>
        <translation>N.º de socio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="93"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="93"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="94"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="97"/>
        <source>Name, document or member number</source>
        <translation>Nombre, documento o número de socio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="98"/>
        <source>&amp;Search member (F2)</source>
        <translation>&amp;Buscar socio (F2)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="99"/>
        <source>New member (Ctrl+N)</source>
        <translation>Nuevo socio (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="151"/>
        <source>More than %1: keep typing</source>
        <translation>Más de %1: sigue escribiendo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="153"/>
        <source>No member matches</source>
        <translation>Ningún socio coincide</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="155"/>
        <source>1 member</source>
        <translation>1 socio</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/member_search.py" line="157"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n socio</numerusform>
            <numerusform>%n socios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberSummary</name>
    <message>
        <location filename="../app/ui/member_summary.py" line="78"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="78"/>
        <source>Member no.</source>
        <translation>N.º de socio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="79"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="79"/>
        <location filename="../app/ui/member_summary.py" line="83"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="83"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="83"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="84"/>
        <source>Available (%1)</source>
        <translation>Saldo disponible (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="84"/>
        <source>Booked (%1)</source>
        <translation>Saldo contable (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="85"/>
        <location filename="../app/ui/member_summary.py" line="142"/>
        <source>Find a member and press Enter to see the summary here.</source>
        <translation>Busca un socio y pulsa Intro para ver aquí su resumen.</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <location filename="../app/ui/cash_report.py" line="69"/>
        <source>Monthly cash report</source>
        <translation>Informe mensual de efectivo</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="70"/>
        <source>Choose the month to report. The report lists its cash operations as the ledger holds them today.</source>
        <translation>Elige el mes del informe. El informe recoge sus operaciones en efectivo tal como constan hoy en la contabilidad.</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="72"/>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="73"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="74"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <location filename="../app/ui/movements_model.py" line="51"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="51"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="52"/>
        <source>Debit (%1)</source>
        <translation>Cargo (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="53"/>
        <source>Credit (%1)</source>
        <translation>Abono (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="54"/>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="55"/>
        <source>Receipt no.</source>
        <translation>N.º de recibo</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="67"/>
        <source>%1 (reversed)</source>
        <translation>%1 (movimiento anulado)</translation>
    </message>
</context>
<context>
    <name>MovementsView</name>
    <message>
        <location filename="../app/ui/movements_view.py" line="105"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="105"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="106"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="111"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="112"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar a C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="113"/>
        <source>&amp;Statement PDF</source>
        <translation>&amp;Extracto en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="114"/>
        <source>&amp;Reprint receipt</source>
        <translation>&amp;Reimprimir recibo</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="212"/>
        <source>No movements in these dates</source>
        <translation>No hay movimientos en estas fechas</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="213"/>
        <source>1 movement</source>
        <translation>1 movimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/movements_view.py" line="214"/>
        <source>%n movements</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="219"/>
        <source>Opening balance %1 · Closing balance %2</source>
        <translation>Saldo inicial %1 · Saldo final %2</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="255"/>
        <source>Export the movements</source>
        <translation>Exportar los movimientos</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="256"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="261"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="266"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="274"/>
        <source>A statement holds at most %1 movements: choose a shorter period.</source>
        <translation>Un extracto tiene como máximo %1 movimientos: elige un periodo más corto.</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="277"/>
        <source>Preparing the statement…</source>
        <translation>Preparando el extracto…</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="279"/>
        <source>Statement of account %1</source>
        <translation>Extracto de la cuenta %1</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="297"/>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../app/ui/navigation.py" line="81"/>
        <source>Counter</source>
        <translation>Ventanilla</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="82"/>
        <source>Approvals (%1)</source>
        <translation>Aprobaciones (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="83"/>
        <source>Drawer</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="84"/>
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="85"/>
        <source>Outbox (%1)</source>
        <translation>Bandeja de salida (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="86"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="87"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="50"/>
        <source>New staff user</source>
        <translation>Nuevo usuario del personal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="53"/>
        <source>lowercase, e.g. mgarcia</source>
        <translation>en minúsculas, p. ej., mgarcia</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="57"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="57"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="58"/>
        <source>&amp;Branch</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="58"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="60"/>
        <source>The desk makes a temporary password for the new user; they choose their own at the first sign-in.</source>
        <translation>El terminal genera una contraseña temporal para el nuevo usuario; este elegirá la suya la primera vez que entre.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="69"/>
        <source>&amp;Create user</source>
        <translation>&amp;Crear usuario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="115"/>
        <source>User %1 created. Hand them this temporary password; it is not shown again:</source>
        <translation>Usuario %1 creado. Entrégale esta contraseña temporal; no se volverá a mostrar:</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="120"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
</context>
<context>
    <name>OperationPanel</name>
    <message>
        <location filename="../app/ui/operations/framework.py" line="54"/>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/framework.py" line="55"/>
        <source>Continue (Enter)</source>
        <translation>Continuar (Intro)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/framework.py" line="177"/>
        <source>The supervisor&apos;s approval was refused: %1</source>
        <translation>Se ha denegado la aprobación del supervisor: %1</translation>
    </message>
</context>
<context>
    <name>OtpCodeField</name>
    <message>
        <location filename="../app/ui/member_file/otp_field.py" line="22"/>
        <source>The member has an authenticator: they read out the code it shows now, instead of signing the form.</source>
        <translation>El socio tiene un autenticador: dice en voz alta el código que muestra ahora, en lugar de firmar el formulario.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/otp_field.py" line="29"/>
        <source>Member&apos;s &amp;code</source>
        <translation>&amp;Código del socio</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../app/ui/outbox/model.py" line="20"/>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="20"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="21"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="21"/>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="22"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="22"/>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="23"/>
        <source>Sent or next try</source>
        <translation>Envío o próximo intento</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="23"/>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../app/ui/outbox/page.py" line="89"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="90"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="90"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="90"/>
        <source>Waiting and failed</source>
        <translation>Pendientes y fallidos</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="92"/>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="93"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="94"/>
        <source>Ca&amp;ncel the message</source>
        <translation>Ca&amp;ncelar el mensaje</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="95"/>
        <source>Why it is cancelled</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="96"/>
        <source>Nothing here.</source>
        <translation>No hay nada aquí.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="139"/>
        <source>No mail server is set: e-mails wait here until an administrator sets one in Administration, Mail server.</source>
        <translation>No hay ningún servidor de correo configurado: los correos electrónicos esperan aquí hasta que un administrador configure uno en Administración, Servidor de correo.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="142"/>
        <source>E-mails go out through %1:%2 (%3) from %4, every minute from every desk that is open.</source>
        <translation>Los correos electrónicos salen a través de %1:%2 (%3) con el remitente %4, cada minuto, desde todos los terminales abiertos.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="151"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="159"/>
        <source>Last run at %1: %2 sent, %3 to retry, %4 failed.</source>
        <translation>Última ejecución a las %1: %2 enviados, %3 por reintentar, %4 fallidos.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="162"/>
        <source>Run at %1: no mail server is set, nothing was sent.</source>
        <translation>Ejecución de las %1: no hay ningún servidor de correo configurado, no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="164"/>
        <source>The last run at %1 could not finish: %2</source>
        <translation>La última ejecución, a las %1, no ha podido terminar: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="204"/>
        <source>It goes out with the next run.</source>
        <translation>Saldrá en la próxima ejecución.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="211"/>
        <source>Cancelled: it will not go out.</source>
        <translation>Cancelado: no se enviará.</translation>
    </message>
</context>
<context>
    <name>OverrideBox</name>
    <message>
        <location filename="../app/ui/override_dialog.py" line="24"/>
        <source>Supervisor approval at the counter</source>
        <translation>Aprobación del supervisor en ventanilla</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="25"/>
        <source>A supervisor types their own user name and password here. Tellers cannot approve their own operations.</source>
        <translation>Un supervisor escribe aquí su propio usuario y su contraseña. Los cajeros no pueden aprobar sus propias operaciones.</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="31"/>
        <source>supervisor&apos;s user name</source>
        <translation>usuario del supervisor</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="34"/>
        <source>Supervisor&apos;s &amp;user name</source>
        <translation>&amp;Usuario del supervisor</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="35"/>
        <source>Supervisor&apos;s &amp;password</source>
        <translation>&amp;Contraseña del supervisor</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../app/ui/override_dialog.py" line="73"/>
        <source>Supervisor approval</source>
        <translation>Aprobación del supervisor</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="78"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../app/ui/password_dialog.py" line="40"/>
        <source>Change your password</source>
        <translation>Cambia tu contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="42"/>
        <source>Welcome, %1. Before you start, replace the password you were given with one only you know.</source>
        <translation>Te damos la bienvenida, %1. Antes de empezar, sustituye la contraseña que te dieron por una que solo sepas tú.</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="44"/>
        <source>Type your current password, then the new one twice.</source>
        <translation>Escribe tu contraseña actual y luego la nueva dos veces.</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="56"/>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="56"/>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="57"/>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Repite la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="60"/>
        <source>At least 8 characters and 4 different ones, without your user name.</source>
        <translation>Al menos 8 caracteres y 4 distintos, sin tu usuario.</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="64"/>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="66"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="102"/>
        <source>Choose a password different from the current one.</source>
        <translation>Elige una contraseña distinta de la actual.</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="104"/>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="79"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="80"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="81"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="124"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="142"/>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="143"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="152"/>
        <source>The document could not be saved: %1</source>
        <translation>No se ha podido guardar el documento: %1</translation>
    </message>
</context>
<context>
    <name>PeriodicCard</name>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="91"/>
        <source>Periodic contributions</source>
        <translation>Aportaciones periódicas</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="92"/>
        <source>SEPA mandate signed on</source>
        <translation>Mandato SEPA firmado el</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="93"/>
        <source>Re&amp;gister the mandate</source>
        <translation>&amp;Registrar el mandato</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="94"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="94"/>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="94"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="95"/>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="96"/>
        <source>day </source>
        <translation>día </translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="99"/>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="100"/>
        <source>C&amp;hange</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="101"/>
        <source>Cancel &amp;it</source>
        <translation>Ca&amp;ncelarla</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="108"/>
        <source>by direct debit</source>
        <translation>por adeudo directo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="111"/>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="124"/>
        <source>day %1, %2</source>
        <translation>día %1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="147"/>
        <source>Petition %1 filed: a supervisor approves it.</source>
        <translation>Petición %1 presentada: la aprueba un supervisor.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="159"/>
        <source>Mandate %1 registered for %2.</source>
        <translation>Mandato %1 registrado para %2.</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="20"/>
        <source>Petition for %1</source>
        <translation>Petición de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="22"/>
        <source>Question to the cooperative</source>
        <translation>Pregunta a la cooperativa</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="23"/>
        <source>Change of contact data (member not present)</source>
        <translation>Cambio de datos de contacto (sin el socio presente)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="25"/>
        <source>The member&apos;s question, in their words</source>
        <translation>La pregunta del socio, con sus palabras</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="31"/>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="31"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="32"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="69"/>
        <source>Petition %1 filed: a supervisor decides it on the Approvals page.</source>
        <translation>Petición %1 presentada: un supervisor la decide en la página Aprobaciones.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="vanished">&amp;Hecho</translation>
    </message>
    <message>
        <source>&amp;File the petition</source>
        <translation type="vanished">&amp;Presentar la petición</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
</context>
<context>
    <name>PetitionFilters</name>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="49"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="53"/>
        <source>every kind</source>
        <translation>todos los tipos</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="54"/>
        <source>every branch</source>
        <translation>todas las oficinas</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="55"/>
        <source>any age</source>
        <translation>cualquier antigüedad</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="56"/>
        <source>waiting 1 day or more</source>
        <translation>esperando 1 día o más</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="56"/>
        <source>waiting 1 h or more</source>
        <translation>esperando 1 h o más</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="57"/>
        <source>waiting 1 week or more</source>
        <translation>esperando 1 semana o más</translation>
    </message>
</context>
<context>
    <name>PinChangeWindow</name>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="50"/>
        <location filename="../app/ui/cards/pin_change_window.py" line="51"/>
        <source>Change your PIN</source>
        <translation>Cambie su PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="54"/>
        <source>Type your current PIN (the temporary one if the branch just gave it to you), then the new one twice. Nobody else sees what you type.</source>
        <translation>Escriba su PIN actual (el provisional, si la oficina se lo acaba de dar) y después el nuevo dos veces. Nadie más ve lo que escribe.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="60"/>
        <source>&amp;Current PIN</source>
        <translation>PIN &amp;actual</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="60"/>
        <source>&amp;New PIN</source>
        <translation>&amp;Nuevo PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="61"/>
        <source>New PIN &amp;again</source>
        <translation>&amp;Repita el nuevo PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="67"/>
        <source>Security tips</source>
        <translation>Consejos de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="80"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="34"/>
        <source>Reset the PIN</source>
        <translation>Restablecer el PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="36"/>
        <source>A temporary PIN replaces the current one (a locked PIN is unlocked). The member changes it before using the card.</source>
        <translation>Un PIN provisional sustituye al actual (un PIN bloqueado se desbloquea). El socio lo cambia antes de usar la tarjeta.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="39"/>
        <source>&amp;Print the PIN mailer now</source>
        <translation>&amp;Imprimir ahora la carta del PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="41"/>
        <source>&amp;E-mail it to %1</source>
        <translation>&amp;Enviarla por correo electrónico a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="42"/>
        <source>E-mail (the member has no address)</source>
        <translation>Correo electrónico (el socio no tiene dirección)</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="50"/>
        <source>Print the PIN &amp;mailer…</source>
        <translation>Imprimir la &amp;carta del PIN…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="53"/>
        <source>&amp;Reset the PIN</source>
        <translation>&amp;Restablecer el PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="87"/>
        <source>The temporary PIN is ready. Print the PIN mailer, fold it and hand it to the member: it is not shown again.</source>
        <translation>El PIN provisional está listo. Imprime la carta del PIN, dóblala y entrégasela al socio: no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="91"/>
        <source>The temporary PIN is in the outbox for %1 and goes out with the next dispatch.</source>
        <translation>El PIN provisional está en la bandeja de salida para %1 y sale con el próximo envío.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="94"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="109"/>
        <source>Temporary PIN</source>
        <translation>PIN provisional</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="24"/>
        <source>Refund of voluntary capital</source>
        <translation>Reembolso de capital voluntario</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="32"/>
        <source>%1: voluntary capital %2; refunds already waiting %3; refundable now %4.</source>
        <translation>%1: capital voluntario %2; reembolsos ya pendientes %3; reembolsable ahora %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="41"/>
        <source>Transfer to %1</source>
        <translation>Transferencia a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="45"/>
        <source>Savings account %1</source>
        <translation>Cuenta de ahorro %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="48"/>
        <source>optional, in the member&apos;s words</source>
        <translation>opcional, con las palabras del socio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="51"/>
        <source>&amp;Pay to</source>
        <translation>&amp;Pagar a</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="52"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="55"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="56"/>
        <source>Nothing moves until a supervisor approves it. The member signs the printed petition.</source>
        <translation>No se mueve nada hasta que un supervisor la apruebe. El socio firma la petición impresa.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="61"/>
        <source>The member has no registered external account: register it first (Change bank account).</source>
        <translation>El socio no tiene cuenta externa registrada: regístrala primero (Cambiar la cuenta bancaria).</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="76"/>
        <source>Petition %1 filed: a supervisor approves it on the Approvals page.</source>
        <translation>Petición %1 presentada: un supervisor la aprueba en la página Aprobaciones.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="vanished">&amp;Hecho</translation>
    </message>
    <message>
        <source>&amp;File the petition</source>
        <translation type="vanished">&amp;Presentar la petición</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
</context>
<context>
    <name>RemunerationTab</name>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="130"/>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="131"/>
        <source>Remuneration rate of voluntary capital</source>
        <translation>Tipo de remuneración del capital voluntario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="132"/>
        <source>&amp;Rate agreed by the assembly</source>
        <translation>&amp;Tipo acordado por la asamblea</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="133"/>
        <source>Set the rate</source>
        <translation>Fijar el tipo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="134"/>
        <source>Yearly remuneration (dated 31 December)</source>
        <translation>Remuneración anual (a 31 de diciembre)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="135"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="136"/>
        <source>R&amp;un the remuneration</source>
        <translation>Ejecutar la &amp;remuneración</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="137"/>
        <source>Fiscal certificates</source>
        <translation>Certificados fiscales</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="138"/>
        <source>Every member paid a return in the year: one PDF each, a CSV summary and, in Spain, the modelo 193 file, into a folder.</source>
        <translation>Todos los socios que cobraron un rendimiento en el año: un PDF por socio, un resumen CSV y, en España, el fichero del modelo 193, en una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="140"/>
        <source>&amp;Write the certificates…</source>
        <translation>&amp;Generar los certificados…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="141"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="151"/>
        <source>No rate set for this year yet.</source>
        <translation>Aún no se ha fijado el tipo de este año.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="171"/>
        <source>The rate of %1 is %2 %.</source>
        <translation>El tipo de %1 es del %2 %.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="175"/>
        <source>%1 members: gross %2, withheld %3, net %4.</source>
        <translation>%1 socios: bruto %2, retenido %3, neto %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="183"/>
        <source>Preview of %1: </source>
        <translation>Vista previa de %1: </translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="189"/>
        <source>Remuneration of %1 posted: </source>
        <translation>Remuneración de %1 contabilizada: </translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="196"/>
        <source>Folder for the certificates</source>
        <translation>Carpeta para los certificados</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="216"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="229"/>
        <source>Cancelled after %1 of %2 certificates; no summary was written.</source>
        <translation>Cancelado tras %1 de %2 certificados; no se ha escrito el resumen.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="233"/>
        <source>%1 certificates written to %2 in %3 s.</source>
        <translation>%1 certificados escritos en %2 en %3 s.</translation>
    </message>
    <message>
        <source>Run the &amp;remuneration</source>
        <translation type="vanished">Ejecutar la &amp;remuneración</translation>
    </message>
</context>
<context>
    <name>RepayDialog</name>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="31"/>
        <source>&amp;Pay</source>
        <translation>&amp;Pagar</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="32"/>
        <source>Repayment of loan %1</source>
        <translation>Pago del préstamo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="41"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="44"/>
        <source>From savings account %1</source>
        <translation>Con cargo a la cuenta de ahorro %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="57"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="58"/>
        <source>Pa&amp;id</source>
        <translation>Pa&amp;gado</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="59"/>
        <source>The rest</source>
        <translation>El resto</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="85"/>
        <source>%1 for %2. Due now %3 (overdue installments and the one now running); %4 settles the whole loan today.</source>
        <translation>%1 de %2. Exigible ahora: %3 (cuotas vencidas y la cuota en curso); con %4 se liquida hoy todo el préstamo.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="113"/>
        <source>Settles: %1.</source>
        <translation>Liquida: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="115"/>
        <source>Interest and insurance of the installment now running only up to today: %1 less.</source>
        <translation>Intereses y seguro de la cuota en curso solo hasta hoy: %1 menos.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="118"/>
        <source>Prepays %1 of principal.</source>
        <translation>Amortiza anticipadamente %1 de capital.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="120"/>
        <source>Then %1 installments up to number %2.</source>
        <translation>Después, %1 cuotas hasta la número %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="123"/>
        <source>The loan is paid off.</source>
        <translation>El préstamo queda liquidado.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="133"/>
        <source>Paid %1: receipt %2.</source>
        <translation>Pago de %1 registrado: recibo %2.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="31"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Imprimir recibo</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="33"/>
        <source>&amp;New operation</source>
        <translation>&amp;Nueva operación</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="34"/>
        <source>Back to &amp;search (Esc)</source>
        <translation>Volver a la &amp;búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="50"/>
        <source>✓ %1: done</source>
        <translation>✓ %1: hecho</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="51"/>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="55"/>
        <source>This operation had already been posted with this confirmation; it was not posted again.</source>
        <translation>Esta operación ya se había registrado con esta confirmación; no se ha registrado de nuevo.</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="28"/>
        <location filename="../app/ui/operations/reversal.py" line="31"/>
        <source>Reverse an operation</source>
        <translation>Anular una operación</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="33"/>
        <source>A posted operation is never changed or deleted: a supervisor approves a reversal entry that undoes it. Nothing changes until then.</source>
        <translation>Una operación registrada nunca se modifica ni se borra: un supervisor aprueba un asiento de anulación que la deshace. Hasta entonces no cambia nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="38"/>
        <source>e.g. the amount was typed wrong</source>
        <translation>p. ej., el importe se escribió mal</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="42"/>
        <source>Ask for the reversal</source>
        <translation>Solicitar la anulación</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="50"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="81"/>
        <source>%1 of %2, receipt %3
%4 on account %5%6</source>
        <translation>%1 del %2, recibo %3
%4 en la cuenta %5%6</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="93"/>
        <source>Write why the operation must be reversed.</source>
        <translation>Escribe por qué hay que anular la operación.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="103"/>
        <source>Petition %1 filed. The reversal waits for a supervisor&apos;s approval; nothing has been reversed yet.</source>
        <translation>Petición %1 presentada. La anulación espera la aprobación de un supervisor; todavía no se ha anulado nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="108"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 of %2, receipt %3: %4 on account %5%6</source>
        <translation type="vanished">%1 del %2, recibo %3: %4 en la cuenta %5%6</translation>
    </message>
    <message>
        <source>e.g. amount typed wrong: 1,000 instead of 100</source>
        <translation type="vanished">p. ej., importe mal escrito: 1.000 en vez de 100</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="98"/>
        <source>Limits, cash rules and formats</source>
        <translation>Límites, reglas de efectivo y formatos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="99"/>
        <source>Shared by every desk of this ledger; operations follow a change at once, the number format and the idle lock from each desk&apos;s next sign-in.</source>
        <translation>Comunes a todos los terminales de esta contabilidad: las operaciones aplican un cambio al instante; el formato de número y el bloqueo por inactividad, a partir de la próxima entrada en cada terminal.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="114"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="115"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar ajustes</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="174"/>
        <source>Nothing to save: every setting is as stored.</source>
        <translation>No hay nada que guardar: todos los ajustes están como se guardaron.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/admin/settings_tab.py" line="187"/>
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>%n ajuste guardado.</numerusform>
            <numerusform>%n ajustes guardados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="106"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="106"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="106"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="107"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="107"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="108"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="109"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="110"/>
        <source>&amp;Branch</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="111"/>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="112"/>
        <source>Move</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="113"/>
        <source>Reset &amp;password</source>
        <translation>Restablecer &amp;contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="142"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="144"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="146"/>
        <source>Must change password</source>
        <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="147"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="180"/>
        <source>Choose a user in the list</source>
        <translation>Elige un usuario de la lista</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="182"/>
        <location filename="../app/ui/admin/staff_tab.py" line="188"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="188"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="210"/>
        <source>%1 is now %2.</source>
        <translation>%1 pasa a ser %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="218"/>
        <source>%1 works at %2 from their next operation.</source>
        <translation>%1 trabaja en %2 a partir de su próxima operación.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="228"/>
        <source>The password of %1 was reset. Hand them this temporary password; they must change it at sign-in:</source>
        <translation>Se ha restablecido la contraseña de %1. Entrégale esta contraseña temporal; deberá cambiarla al entrar:</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="242"/>
        <source>%1 is unlocked.</source>
        <translation>Se ha desbloqueado a %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="244"/>
        <source>%1 is locked: they cannot sign in or finish an operation until unlocked.</source>
        <translation>Se ha bloqueado a %1: no puede entrar ni terminar ninguna operación hasta que se desbloquee.</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="73"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="92"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="92"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="92"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="93"/>
        <source>Available (%1)</source>
        <translation>Saldo disponible (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="93"/>
        <source>Booked (%1)</source>
        <translation>Saldo contable (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="144"/>
        <source>Last %1 movements of account %2</source>
        <translation>Últimos %1 movimientos de la cuenta %2</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="150"/>
        <source>No movements yet.</source>
        <translation>Todavía no hay movimientos.</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="82"/>
        <source>Transfers waiting for the bank</source>
        <translation>Transferencias pendientes de enviar al banco</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="83"/>
        <source>Bank files made</source>
        <translation>Ficheros bancarios generados</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="84"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="84"/>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="85"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="85"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="86"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="87"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="87"/>
        <source>Made on</source>
        <translation>Generado el</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="88"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="88"/>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="89"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="90"/>
        <source>&amp;Make the transfer file…</source>
        <translation>&amp;Generar el fichero de transferencias…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="91"/>
        <source>Save &amp;again…</source>
        <translation>Guardar de &amp;nuevo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/admin/transfers_tab.py" line="121"/>
        <source>%n transfer(s) waiting</source>
        <translation>
            <numerusform>%n transferencia pendiente</numerusform>
            <numerusform>%n transferencias pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="138"/>
        <source>Save the bank file</source>
        <translation>Guardar el fichero bancario</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="146"/>
        <source>The file could not be saved: %1</source>
        <translation>No se ha podido guardar el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="164"/>
        <source>Bank file %1 made: %2 transfers, %3. Saved to %4; send it to the bank.</source>
        <translation>Fichero bancario %1 generado: %2 transferencias, %3. Guardado en %4; envíalo al banco.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="170"/>
        <source>Bank file %1 made and kept: save it with Save again.</source>
        <translation>Fichero bancario %1 generado y conservado: guárdalo con Guardar de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="187"/>
        <source>Bank file %1 saved again to %2.</source>
        <translation>Fichero bancario %1 guardado de nuevo en %2.</translation>
    </message>
</context>
<context>
    <name>TrialBalanceCard</name>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="92"/>
        <source>Trial balance</source>
        <translation>Balance de sumas y saldos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="93"/>
        <source>&amp;At</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="94"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="95"/>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Guardar como CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="98"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="98"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="98"/>
        <source>Debit (%1)</source>
        <translation>Cargo (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="99"/>
        <source>Credit (%1)</source>
        <translation>Abono (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="100"/>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="146"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="171"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="186"/>
        <source>At the close of %1. Accounts with postings: %2.</source>
        <translation>Al cierre del %1. Cuentas con apuntes: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="199"/>
        <source>Save the trial balance</source>
        <translation>Guardar el balance de sumas y saldos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="203"/>
        <source>The trial balance at %1 was saved to %2.</source>
        <translation>El balance de sumas y saldos a %1 se ha guardado en %2.</translation>
    </message>
</context>
<context>
    <name>ventanilla</name>
    <message>
        <location filename="../app/cli.py" line="34"/>
        <source>Expected another password line on standard input.</source>
        <translation>Se esperaba otra línea con una contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="37"/>
        <source>Repeat it:</source>
        <translation>Repítela:</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="38"/>
        <source>The two entries differ.</source>
        <translation>Las dos entradas no coinciden.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="24"/>
        <location filename="../app/commands.py" line="83"/>
        <source>This command changes the ledger: say who you are with --user NAME.</source>
        <translation>Esta orden modifica la contabilidad: indica quién eres con --user NOMBRE.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="26"/>
        <location filename="../app/commands.py" line="84"/>
        <source>Password for {user}:</source>
        <translation>Contraseña de {user}:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="43"/>
        <source>Password for the administrator {user}:</source>
        <translation>Contraseña del administrador {user}:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="48"/>
        <source>Ledger created ({profile}). The institution key is in {path}; export it with &apos;ventanilla key export FILE&apos; and keep the copy safe.</source>
        <translation>Contabilidad creada ({profile}). La clave de la entidad está en {path}; expórtala con «ventanilla key export FILE» y guarda la copia en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="57"/>
        <source>Password for the new user {user}:</source>
        <translation>Contraseña del nuevo usuario {user}:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="61"/>
        <source>User {user} created with role {role}; they must change the password at first sign-in.</source>
        <translation>Usuario {user} creado con el rol {role}; deberá cambiar la contraseña la primera vez que entre.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="65"/>
        <source>User {user} unlocked.</source>
        <translation>Usuario {user} desbloqueado.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="78"/>
        <source>Passphrase to protect the key:</source>
        <translation>Frase de contraseña para proteger la clave:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="80"/>
        <source>Key written to {file}.</source>
        <translation>Clave escrita en {file}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="85"/>
        <location filename="../app/commands.py" line="141"/>
        <source>Passphrase of the key file:</source>
        <translation>Frase de contraseña del archivo de clave:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="87"/>
        <source>Key installed in {path}; the audit chain verifies with it.</source>
        <translation>Clave instalada en {path}; la cadena de auditoría se verifica con ella.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="97"/>
        <source>{n} faults found.</source>
        <translation>Se han encontrado {n} errores.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="99"/>
        <source>The ledger balances: every entry sums to zero and every balance equals its postings.</source>
        <translation>La contabilidad cuadra: todos los asientos suman cero y todos los saldos coinciden con sus apuntes.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="113"/>
        <source>The audit chain is intact: {n} rows, head {mac}.</source>
        <translation>La cadena de auditoría está intacta: {n} filas, cabecera {mac}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="120"/>
        <source>Passphrase to protect the key in the backup:</source>
        <translation>Frase de contraseña para proteger la clave en la copia de seguridad:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="123"/>
        <source>Backup of {institution} written to {file} in {seconds} s: {members} members, {entries} entries, {rows} audit rows; {size} bytes, SHA-256 {sha}.</source>
        <translation>Copia de seguridad de {institution} escrita en {file} en {seconds} s: {members} socios, {entries} asientos, {rows} filas de auditoría; {size} bytes, SHA-256 {sha}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="130"/>
        <source>The institution key is in it, encrypted under the passphrase.</source>
        <translation>Incluye la clave de la entidad, cifrada con la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="132"/>
        <source>The institution key is not in it: keep its export (ventanilla key export) apart from the backup.</source>
        <translation>No incluye la clave de la entidad: guarda su exportación (ventanilla key export) aparte de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="142"/>
        <source>Passphrase of the key in the backup:</source>
        <translation>Frase de contraseña de la clave de la copia de seguridad:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="146"/>
        <source>Restored the ledger of {institution} ({ledger_id}) as backed up at {taken_at} UTC by {user}: {members} members, {entries} entries, {rows} audit rows. The ledger check and the audit chain verify.</source>
        <translation>Se ha restaurado la contabilidad de {institution} ({ledger_id}) según la copia de seguridad que hizo {user} el {taken_at} UTC: {members} socios, {entries} asientos, {rows} filas de auditoría. La comprobación de la contabilidad y la cadena de auditoría se verifican correctamente.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="152"/>
        <source>Its institution key was already installed on this desk.</source>
        <translation>La clave de la entidad ya estaba instalada en este terminal.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="154"/>
        <source>Its institution key came from the backup and is now installed in {path}.</source>
        <translation>La clave de la entidad venía en la copia de seguridad y ahora está instalada en {path}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="157"/>
        <source>Its institution key came from {file} and is now installed in {path}.</source>
        <translation>La clave de la entidad procedía de {file} y ahora está instalada en {path}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="160"/>
        <source>It replaced what the target held before.</source>
        <translation>Ha sustituido lo que había antes en el destino.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="182"/>
        <source>{file} exists already: remove it or choose another --out.</source>
        <translation>{file} ya existe: bórralo o elige otro --out.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="194"/>
        <source>Business day {closed} closed; the business date is now {new}. Audit chain head: row {seq}, {mac}.</source>
        <translation>Jornada del {closed} cerrada; la fecha contable es ahora {new}. Cabecera de la cadena de auditoría: fila {seq}, {mac}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="203"/>
        <location filename="../app/commands.py" line="211"/>
        <source>Report written to {file}.</source>
        <translation>Informe escrito en {file}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="222"/>
        <source>Give the month as YYYY-MM, e.g. 2026-11.</source>
        <translation>Indica el mes como AAAA-MM, p. ej., 2026-11.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="231"/>
        <source>Give dates as YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Indica las fechas como AAAA-MM-DD, p. ej., 2026-11-22.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="245"/>
        <source>Trial balance at {date} ({currency})</source>
        <translation>Balance de sumas y saldos a {date} ({currency})</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="273"/>
        <source>{imported} of {rows} members imported.</source>
        <translation>{imported} de {rows} socios importados.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="282"/>
        <source>Transfer file {id} ({kind} {version}): {count} transfers, {total} {currency}, written to {file}.</source>
        <translation>Fichero de transferencias {id} ({kind} {version}): {count} transferencias, {total} {currency}, escrito en {file}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="293"/>
        <source>Collection file {id} ({version}): {count} direct debits, {total} {currency}, written to {file}.</source>
        <translation>Fichero de adeudos {id} ({version}): {count} adeudos, {total} {currency}, escrito en {file}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="305"/>
        <source>Give the rate as a percentage, e.g. 1.5.</source>
        <translation>Indica el tipo como porcentaje, p. ej. 1.5.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="307"/>
        <source>The rate of {year} is {rate} %.</source>
        <translation>El tipo de {year} es del {rate} %.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="317"/>
        <source>Would pay {n} members: gross {gross}, withheld {withheld} {currency}.</source>
        <translation>Pagaría a {n} socios: bruto {gross}, retenido {withheld} {currency}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="318"/>
        <source>Paid {n} members: gross {gross}, withheld {withheld} {currency}.</source>
        <translation>Pagado a {n} socios: bruto {gross}, retenido {withheld} {currency}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="332"/>
        <source>{n} certificates of {year} written to {folder} in {seconds} s.</source>
        <translation>{n} certificados de {year} escritos en {folder} en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="335"/>
        <source>Modelo 193: {file}</source>
        <translation>Modelo 193: {file}</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="344"/>
        <source>No mail server is set: an administrator sets it in the desk (Administration, Mail server).</source>
        <translation>No hay ningún servidor de correo configurado: un administrador lo configura en el terminal (Administración, Servidor de correo).</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="347"/>
        <source>{sent} sent, {retrying} to retry, {failed} failed; {waiting} still waiting, {given_up} given up in all.</source>
        <translation>{sent} enviados, {retrying} por reintentar, {failed} fallidos; en total, {waiting} aún pendientes y {given_up} abandonados.</translation>
    </message>
    <message>
        <location filename="../app/db.py" line="90"/>
        <location filename="../app/services/restore.py" line="341"/>
        <source>This ledger was written by a newer version of Ventanilla (schema {revision}). Install that version or a later one to open it.</source>
        <translation>Esta contabilidad la escribió una versión más reciente de Ventanilla (esquema {revision}). Instala esa versión o una posterior para abrirla.</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="85"/>
        <location filename="../app/documents/card_request_form.py" line="25"/>
        <location filename="../app/documents/fiscal_certificate.py" line="40"/>
        <location filename="../app/documents/petition_form.py" line="49"/>
        <location filename="../app/documents/receipt.py" line="57"/>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="87"/>
        <location filename="../app/documents/loan_contract.py" line="60"/>
        <location filename="../app/domain/profiles.py" line="41"/>
        <source>Loan</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="89"/>
        <location filename="../app/documents/loan_contract.py" line="62"/>
        <source>Amount lent</source>
        <translation>Importe prestado</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="90"/>
        <location filename="../app/documents/loan_contract.py" line="67"/>
        <source>Nominal annual rate</source>
        <translation>Tasa nominal anual</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="91"/>
        <location filename="../app/documents/loan_contract.py" line="68"/>
        <source>Term</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="91"/>
        <location filename="../app/documents/loan_contract.py" line="68"/>
        <source>{months} monthly installments</source>
        <translation>{months} cuotas mensuales</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="92"/>
        <location filename="../app/documents/loan_contract.py" line="66"/>
        <source>Method</source>
        <translation>Sistema de amortización</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="93"/>
        <location filename="../app/documents/loan_contract.py" line="72"/>
        <source>Day count</source>
        <translation>Base de cálculo</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="94"/>
        <location filename="../app/documents/loan_contract.py" line="64"/>
        <source>Disbursement</source>
        <translation>Desembolso</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="95"/>
        <source>First due date</source>
        <translation>Fecha del primer vencimiento</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="98"/>
        <source>Grace on principal</source>
        <translation>Carencia de capital</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="98"/>
        <source>{n} installments of interest only</source>
        <translation>{n} cuotas solo de intereses</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="101"/>
        <location filename="../app/documents/loan_contract.py" line="74"/>
        <source>Credit-life insurance</source>
        <translation>Seguro de desgravamen</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="101"/>
        <location filename="../app/documents/loan_contract.py" line="74"/>
        <source>{rate} a month on the balance</source>
        <translation>{rate} mensual sobre el saldo</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="109"/>
        <location filename="../app/documents/loan_contract.py" line="77"/>
        <source>Effective annual rate</source>
        <translation>Tasa anual efectiva (TAE)</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="109"/>
        <location filename="../app/documents/amortization.py" line="125"/>
        <location filename="../app/documents/loan_contract.py" line="79"/>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="109"/>
        <location filename="../app/documents/loan_contract.py" line="78"/>
        <source>Total interest</source>
        <translation>Total de intereses</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="110"/>
        <location filename="../app/documents/loan_contract.py" line="79"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="110"/>
        <location filename="../app/documents/loan_contract.py" line="80"/>
        <source>Total cost of the credit</source>
        <translation>Coste total del crédito</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="124"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="124"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="124"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="124"/>
        <location filename="../app/documents/amortization.py" line="203"/>
        <location filename="../app/domain/loan_products.py" line="20"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="125"/>
        <location filename="../app/documents/amortization.py" line="203"/>
        <location filename="../app/domain/loan_products.py" line="20"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="128"/>
        <location filename="../app/documents/loan_contract.py" line="83"/>
        <location filename="../app/domain/loan_products.py" line="19"/>
        <source>Late interest</source>
        <translation>Interés de mora</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="130"/>
        <location filename="../app/documents/statement.py" line="109"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="130"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="133"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="155"/>
        <location filename="../app/documents/day_report.py" line="45"/>
        <location filename="../app/documents/fiscal_certificate.py" line="50"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="185"/>
        <location filename="../app/documents/loan_contract.py" line="87"/>
        <location filename="../app/documents/statement.py" line="66"/>
        <source>Issued on {date}</source>
        <translation>Emitido el {date}</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="186"/>
        <source>Amortization table</source>
        <translation>Tabla de amortización</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="186"/>
        <source>Loan simulation</source>
        <translation>Simulación de préstamo</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="189"/>
        <location filename="../app/documents/fiscal_certificate.py" line="39"/>
        <location filename="../app/documents/fiscal_certificate.py" line="40"/>
        <location filename="../app/documents/fiscal_certificate.py" line="61"/>
        <location filename="../app/documents/loan_contract.py" line="58"/>
        <location filename="../app/documents/loan_contract.py" line="88"/>
        <location filename="../app/documents/member_letter.py" line="55"/>
        <location filename="../app/documents/petition_form.py" line="56"/>
        <location filename="../app/documents/receipt.py" line="41"/>
        <location filename="../app/documents/statement.py" line="68"/>
        <location filename="../app/services/errors.py" line="18"/>
        <source>Tax ID</source>
        <translation>Identificación fiscal</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="204"/>
        <location filename="../app/documents/loan_contract.py" line="69"/>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="17"/>
        <source>Scan the code with an authenticator app (any TOTP app) on your phone.</source>
        <translation>Escanee el código con una aplicación de autenticación (cualquier aplicación TOTP) en su teléfono.</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="18"/>
        <source>At the counter, or online, we ask for the six-digit code the app shows at that moment; each code works once.</source>
        <translation>En ventanilla, o en línea, le pedimos el código de seis dígitos que muestra la aplicación en ese momento; cada código sirve una sola vez.</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="20"/>
        <source>Keep this sheet somewhere safe or destroy it once the app shows the codes: whoever has it can make your codes.</source>
        <translation>Guarde esta hoja en un lugar seguro o destrúyala cuando la aplicación muestre los códigos: quien la tenga puede generar sus códigos.</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="22"/>
        <source>If you lose your phone, tell your branch: they remove the authenticator at once.</source>
        <translation>Si pierde el teléfono, avise a su oficina: eliminarán el autenticador de inmediato.</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="33"/>
        <location filename="../app/documents/authenticator_sheet.py" line="41"/>
        <source>Your authenticator</source>
        <translation>Su autenticador</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="39"/>
        <location filename="../app/documents/day_report.py" line="34"/>
        <location filename="../app/documents/receipt.py" line="59"/>
        <location filename="../app/documents/statement.py" line="74"/>
        <location filename="../app/documents/statement.py" line="139"/>
        <location filename="../app/services/errors.py" line="15"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="40"/>
        <source>Secret (to type it in)</source>
        <translation>Clave secreta (para escribirla a mano)</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="26"/>
        <location filename="../app/documents/petition_form.py" line="50"/>
        <location filename="../app/services/errors.py" line="12"/>
        <location filename="../app/services/member_petitions.py" line="71"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="27"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="28"/>
        <location filename="../app/documents/pin_mailer.py" line="32"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="28"/>
        <location filename="../app/documents/drawer_report.py" line="84"/>
        <location filename="../app/documents/drawer_report.py" line="127"/>
        <location filename="../app/documents/receipt.py" line="95"/>
        <location filename="../app/domain/permissions.py" line="17"/>
        <source>Teller</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="35"/>
        <source>I, the holder of the card above, ask for this at the counter and sign it, as I have no authenticator for one-time codes.</source>
        <translation>Yo, titular de la tarjeta indicada, lo solicito en ventanilla y lo firmo, ya que no tengo autenticador de códigos de un solo uso.</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="38"/>
        <location filename="../app/documents/petition_form.py" line="73"/>
        <source>The member&apos;s signature</source>
        <translation>Firma del socio</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="38"/>
        <location filename="../app/documents/petition_form.py" line="73"/>
        <source>The teller&apos;s signature</source>
        <translation>Firma del cajero</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="19"/>
        <source>Open the online office&apos;s registration page.</source>
        <translation>Abra la página de registro de la oficina en línea.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="20"/>
        <source>Type your document number as it is written, without dashes or spaces.</source>
        <translation>Escriba su número de documento tal como aparece, sin guiones ni espacios.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="21"/>
        <source>Type the registration key above (capitals or small letters, with or without dashes).</source>
        <translation>Escriba la clave de registro indicada arriba (en mayúsculas o minúsculas, con o sin guiones).</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="22"/>
        <source>Type the external account you registered with us (without the country code and its two check digits).</source>
        <translation>Escriba la cuenta externa que registró con nosotros (sin el código de país ni sus dos dígitos de control).</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="24"/>
        <source>Choose your password and type it twice: at least {min} characters, letters and digits, not your document or your birth date.</source>
        <translation>Elija su contraseña y escríbala dos veces: al menos {min} caracteres, con letras y dígitos, que no sean su documento ni su fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="33"/>
        <source>Your online banking access</source>
        <translation>Su acceso a la banca en línea</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="35"/>
        <source>Your access to our online office is ready for you to complete. Keep this letter private: the key works once.</source>
        <translation>Su acceso a nuestra oficina en línea está listo para que lo complete. Mantenga esta carta en privado: la clave solo sirve una vez.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="38"/>
        <location filename="../app/services/errors.py" line="16"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="39"/>
        <location filename="../app/services/errors.py" line="29"/>
        <source>Registration key</source>
        <translation>Clave de registro</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="40"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="41"/>
        <source>To complete it:</source>
        <translation>Para completarlo:</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="45"/>
        <source>If the key expires before you use it, or you did not ask for this access, ask your branch: they issue a new key and the old one stops working.</source>
        <translation>Si la clave caduca antes de que la use, o si usted no ha solicitado este acceso, diríjase a su oficina: le emitirán una clave nueva y la anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="48"/>
        <source>Online banking access</source>
        <translation>Acceso a la banca en línea</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="30"/>
        <location filename="../app/documents/day_report.py" line="32"/>
        <source>Journal of the day</source>
        <translation>Diario del día</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="34"/>
        <source>Chart</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="34"/>
        <location filename="../app/documents/statement.py" line="109"/>
        <source>Credit</source>
        <translation>Abono</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="34"/>
        <location filename="../app/documents/statement.py" line="109"/>
        <source>Debit</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="34"/>
        <location filename="../app/documents/receipt.py" line="37"/>
        <location filename="../app/documents/receipt.py" line="43"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="45"/>
        <source>entries</source>
        <translation>asientos</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="52"/>
        <source>Audit chain head</source>
        <translation>Cabecera de la cadena de auditoría</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="52"/>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="72"/>
        <location filename="../app/documents/drawer_report.py" line="82"/>
        <source>Drawer closing report</source>
        <translation>Informe de cierre de caja</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="76"/>
        <location filename="../app/documents/receipt.py" line="45"/>
        <source>Business date</source>
        <translation>Fecha contable</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="78"/>
        <source>Printed</source>
        <translation>Impreso el</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="84"/>
        <source>Drawer account</source>
        <translation>Cuenta de caja</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="85"/>
        <source>Drawer session</source>
        <translation>Sesión de caja</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="92"/>
        <location filename="../app/documents/receipt.py" line="72"/>
        <location filename="../app/services/errors.py" line="15"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="92"/>
        <source>Denomination</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="92"/>
        <source>Pieces</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="95"/>
        <source>Total counted</source>
        <translation>Total contado</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="104"/>
        <source>Blind count by denomination</source>
        <translation>Arqueo ciego por valores</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="108"/>
        <source>short</source>
        <translation>faltante</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="109"/>
        <source>over</source>
        <translation>sobrante</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="110"/>
        <source>Counted at closing</source>
        <translation>Contado al cierre</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="110"/>
        <source>Opening float</source>
        <translation>Fondo de apertura</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="111"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="111"/>
        <source>The drawer should have held</source>
        <translation>La caja debía tener</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="120"/>
        <source>The count matches: the drawer is closed.</source>
        <translation>El arqueo cuadra: la caja está cerrada.</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="122"/>
        <source>The difference waits for a supervisor&apos;s approval before it is posted to cash over and short.</source>
        <translation>La diferencia espera la aprobación de un supervisor antes de contabilizarse en sobrantes y faltantes de caja.</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="125"/>
        <source>The difference was approved and posted to cash over and short.</source>
        <translation>La diferencia se aprobó y se contabilizó en sobrantes y faltantes de caja.</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="127"/>
        <location filename="../app/domain/permissions.py" line="18"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="39"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="41"/>
        <location filename="../app/documents/fiscal_certificate.py" line="60"/>
        <location filename="../app/services/errors.py" line="28"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="42"/>
        <location filename="../app/documents/statement.py" line="108"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="42"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="42"/>
        <source>Kind of income</source>
        <translation>Tipo de rendimiento</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="42"/>
        <location filename="../app/services/errors.py" line="27"/>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="43"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="43"/>
        <source>Withheld</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="49"/>
        <source>No returns were paid this year.</source>
        <translation>No se pagaron rendimientos este año.</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="64"/>
        <location filename="../app/documents/fiscal_certificate.py" line="88"/>
        <source>Certificate of returns and withholdings</source>
        <translation>Certificado de rendimientos y retenciones</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="70"/>
        <source>{payer} certifies that in {year} it paid the member the returns below and withheld on them the amounts shown, paid to the tax office.</source>
        <translation>{payer} certifica que en {year} pagó al socio los rendimientos siguientes y practicó sobre ellos las retenciones indicadas, ingresadas en la Agencia Tributaria.</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="79"/>
        <source>Signature and stamp of the cooperative</source>
        <translation>Firma y sello de la cooperativa</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="57"/>
        <source>The parties</source>
        <translation>Las partes</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="58"/>
        <source>Lender</source>
        <translation>Prestamista</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="59"/>
        <source>Borrower</source>
        <translation>Prestatario</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="61"/>
        <source>The money</source>
        <translation>Los importes</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="62"/>
        <source>Opening fee</source>
        <translation>Comisión de apertura</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="63"/>
        <source>Paid out to the member</source>
        <translation>Importe entregado al socio</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="65"/>
        <source>The terms</source>
        <translation>Las condiciones</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="70"/>
        <source>First and last due dates</source>
        <translation>Primer y último vencimiento</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="73"/>
        <source>Due dates</source>
        <translation>Vencimientos</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="76"/>
        <source>What it costs</source>
        <translation>Coste del préstamo</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="81"/>
        <source>Total to pay</source>
        <translation>Importe total a pagar</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="82"/>
        <source>If a payment is late</source>
        <translation>Si se retrasa un pago</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="83"/>
        <source>{rate} a year on the overdue principal only, for the days overdue</source>
        <translation>{rate} anual, solo sobre el capital vencido y por los días de retraso</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="85"/>
        <source>A payment settles</source>
        <translation>Orden de imputación de pagos</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="90"/>
        <location filename="../app/documents/loan_contract.py" line="107"/>
        <source>Loan contract summary</source>
        <translation>Resumen del contrato de préstamo</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="98"/>
        <source>Every installment, its due date and its parts are in the amortization table given with this summary.</source>
        <translation>Todas las cuotas, con su fecha de vencimiento y su desglose, figuran en la tabla de amortización que se entrega con este resumen.</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="101"/>
        <source>For the institution</source>
        <translation>Por la entidad</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="101"/>
        <source>The member</source>
        <translation>El socio</translation>
    </message>
    <message>
        <location filename="../app/documents/page_numbers.py" line="46"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="48"/>
        <location filename="../app/documents/petition_form.py" line="55"/>
        <source>Petition</source>
        <translation>Petición</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="51"/>
        <source>Filed at</source>
        <translation>Presentada en</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="52"/>
        <source>Filed by</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="65"/>
        <source>The member asks for the following, which a supervisor approves:</source>
        <translation>El socio solicita lo siguiente, que aprueba un supervisor:</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="71"/>
        <location filename="../app/services/errors.py" line="17"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="25"/>
        <source>Temporary PIN of your card</source>
        <translation>PIN provisional de su tarjeta</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="27"/>
        <source>A temporary PIN was generated for your card. Keep this sheet private and destroy it once you have changed the PIN.</source>
        <translation>Se ha generado un PIN provisional para su tarjeta. Guarde esta hoja en privado y destrúyala cuando haya cambiado el PIN.</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="30"/>
        <location filename="../app/services/errors.py" line="31"/>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="31"/>
        <source>Card type</source>
        <translation>Tipo de tarjeta</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="33"/>
        <location filename="../app/documents/pin_mailer.py" line="42"/>
        <location filename="../app/services/outbox.py" line="64"/>
        <source>Temporary PIN</source>
        <translation>PIN provisional</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="35"/>
        <source>Change it before you use the card, at the branch or at a cash machine: choose four digits of your own.</source>
        <translation>Cámbielo antes de usar la tarjeta, en la oficina o en un cajero automático: elija cuatro dígitos propios.</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="37"/>
        <source>Security tips</source>
        <translation>Consejos de seguridad</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="40"/>
        <source>Nobody from the cooperative will ever ask you for your PIN. If you did not ask for this, tell your branch at once.</source>
        <translation>Nadie de la cooperativa le pedirá nunca su PIN. Si usted no lo ha solicitado, avise de inmediato a su oficina.</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="58"/>
        <source>Acting at the counter</source>
        <translation>Persona en ventanilla</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="61"/>
        <source>Reverses receipt</source>
        <translation>Anula el recibo</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="74"/>
        <location filename="../app/services/cash_ops.py" line="152"/>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="76"/>
        <location filename="../app/services/cash_ops.py" line="154"/>
        <source>VAT on the fee</source>
        <translation>IVA de la comisión</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="78"/>
        <source>Balance after the operation</source>
        <translation>Saldo tras la operación</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="90"/>
        <source>In words</source>
        <translation>En letras</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="94"/>
        <source>Member&apos;s signature</source>
        <translation>Firma del socio</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="101"/>
        <source>Keep this receipt. Reprints show the same receipt number.</source>
        <translation>Guarda este recibo. Las reimpresiones llevan el mismo número de recibo.</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="71"/>
        <location filename="../app/documents/statement.py" line="137"/>
        <source>Account statement</source>
        <translation>Extracto de cuenta</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="74"/>
        <location filename="../app/ui/member_file/header.py" line="17"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="75"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="76"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="76"/>
        <source>from {start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="94"/>
        <source>{description} (reversed)</source>
        <translation>{description} (movimiento anulado)</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="98"/>
        <location filename="../app/documents/statement.py" line="110"/>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="98"/>
        <source>Total credits</source>
        <translation>Total abonos</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="98"/>
        <source>Total debits</source>
        <translation>Total cargos</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="99"/>
        <location filename="../app/documents/statement.py" line="112"/>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="108"/>
        <location filename="../app/services/errors.py" line="19"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="108"/>
        <source>Receipt no.</source>
        <translation>N.º de recibo</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="116"/>
        <source>No movements in this period.</source>
        <translation>No hay movimientos en este periodo.</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="131"/>
        <source>Number of movements: {count}</source>
        <translation>Número de movimientos: {count}</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="31"/>
        <location filename="../app/domain/profiles.py" line="42"/>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="31"/>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="32"/>
        <source>credit card</source>
        <translation>tarjeta de crédito</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="32"/>
        <source>debit card</source>
        <translation>tarjeta de débito</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="35"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="35"/>
        <source>Stolen</source>
        <translation>Robada</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="35"/>
        <source>Used by someone else</source>
        <translation>Usada por otra persona</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="36"/>
        <source>At the member&apos;s request</source>
        <translation>A petición del socio</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="42"/>
        <source>Avoid consecutive digits (1234, 9876).</source>
        <translation>Evite dígitos consecutivos (1234, 9876).</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="42"/>
        <source>Avoid your birth date.</source>
        <translation>Evite su fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="43"/>
        <source>Avoid repeated digits (1111).</source>
        <translation>Evite dígitos repetidos (1111).</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="53"/>
        <source>Type the 13 to 19 digits printed on the card.</source>
        <translation>Escribe los dígitos impresos en la tarjeta (de 13 a 19).</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="57"/>
        <source>This card number is mistyped: its check digit does not match.</source>
        <translation>Este número de tarjeta está mal escrito: su dígito de control no coincide.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="87"/>
        <source>Type the expiry as printed on the card: MM/YY.</source>
        <translation>Escribe la caducidad tal como figura en la tarjeta: MM/AA.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="102"/>
        <source>The PIN has {n} digits.</source>
        <translation>El PIN tiene {n} dígitos.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="104"/>
        <source>All four digits are the same: choose another PIN.</source>
        <translation>Los cuatro dígitos son iguales: elija otro PIN.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="106"/>
        <source>The digits follow each other (like 1234 or 4321): choose another PIN.</source>
        <translation>Los dígitos son consecutivos (como 1234 o 4321): elija otro PIN.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="108"/>
        <source>That is the birth date: choose another PIN.</source>
        <translation>Es la fecha de nacimiento: elija otro PIN.</translation>
    </message>
    <message>
        <location filename="../app/domain/cash.py" line="26"/>
        <source>{value} is not a denomination of {currency}.</source>
        <translation>{value} no es un valor de billete o moneda de {currency}.</translation>
    </message>
    <message>
        <location filename="../app/domain/cash.py" line="29"/>
        <source>Count {value}: type a whole number of pieces, 0 or more.</source>
        <translation>Recuento de {value}: escribe un número entero de unidades, 0 o más.</translation>
    </message>
    <message>
        <location filename="../app/domain/cash.py" line="59"/>
        <source>Cash payments of {limit} EUR or more are not allowed here (Ley 7/2012, art. 7). Offer a bank transfer instead.</source>
        <translation>Aquí no se admiten pagos en efectivo de {limit} EUR o más (Ley 7/2012, art. 7). Ofrece una transferencia bancaria.</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="23"/>
        <location filename="../app/domain/settings.py" line="63"/>
        <source>Mandatory contribution</source>
        <translation>Aportación obligatoria</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="23"/>
        <source>Voluntary contribution</source>
        <translation>Aportación voluntaria</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="24"/>
        <source>From a savings account</source>
        <translation>Desde una cuenta de ahorro</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="24"/>
        <source>In cash</source>
        <translation>En efectivo</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="25"/>
        <source>By direct debit from the external account</source>
        <translation>Por adeudo en la cuenta externa</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="45"/>
        <source>A member who is {status} cannot contribute capital.</source>
        <translation>Un socio en estado {status} no puede aportar capital.</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="48"/>
        <source>The mandatory contribution is paid already: this one is voluntary.</source>
        <translation>La aportación obligatoria ya está pagada: esta es voluntaria.</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="50"/>
        <source>The mandatory contribution is {amount}, exactly.</source>
        <translation>La aportación obligatoria es de {amount}, exactamente.</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="53"/>
        <source>The mandatory contribution of {amount} comes first: a voluntary one is possible once it is paid.</source>
        <translation>La aportación obligatoria de {amount} va primero: una voluntaria es posible cuando esté pagada.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="32"/>
        <source>Issued, waiting for the member</source>
        <translation>Emitido, a la espera del socio</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="33"/>
        <location filename="../app/services/members.py" line="28"/>
        <location filename="../app/services/otp.py" line="25"/>
        <location filename="../app/ui/member_summary.py" line="24"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="33"/>
        <source>Key expired</source>
        <translation>Clave caducada</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="34"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="34"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="50"/>
        <source>The user name takes 4 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>El nombre de usuario admite de 4 a 40 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="65"/>
        <location filename="../app/domain/passwords.py" line="14"/>
        <source>Use at least {n} characters.</source>
        <translation>Usa al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="67"/>
        <location filename="../app/domain/passwords.py" line="16"/>
        <location filename="../app/services/mail_server.py" line="91"/>
        <source>Use at most {n} characters.</source>
        <translation>Usa como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="70"/>
        <source>The password must not contain the member&apos;s document.</source>
        <translation>La contraseña no puede contener el documento del socio.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="73"/>
        <source>The password must not contain the member&apos;s birth date.</source>
        <translation>La contraseña no puede contener la fecha de nacimiento del socio.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="75"/>
        <location filename="../app/domain/passwords.py" line="20"/>
        <source>Use at least four different characters.</source>
        <translation>Usa al menos cuatro caracteres distintos.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="77"/>
        <source>Use letters and digits.</source>
        <translation>Usa letras y dígitos.</translation>
    </message>
    <message>
        <location filename="../app/domain/day_count.py" line="27"/>
        <source>30/360 (30 days a month)</source>
        <translation>30/360 (30 días al mes)</translation>
    </message>
    <message>
        <location filename="../app/domain/day_count.py" line="28"/>
        <source>Actual/360</source>
        <translation>Real/360</translation>
    </message>
    <message>
        <location filename="../app/domain/day_count.py" line="29"/>
        <source>Actual/365</source>
        <translation>Real/365</translation>
    </message>
    <message>
        <location filename="../app/domain/day_count.py" line="30"/>
        <source>Actual/actual</source>
        <translation>Real/real</translation>
    </message>
    <message>
        <location filename="../app/domain/fees.py" line="57"/>
        <location filename="../app/services/cash_ops.py" line="165"/>
        <location filename="../app/services/receipts.py" line="24"/>
        <location filename="../app/ui/operations/cash.py" line="162"/>
        <source>Cash deposit</source>
        <translation>Ingreso en efectivo</translation>
    </message>
    <message>
        <location filename="../app/domain/fees.py" line="58"/>
        <location filename="../app/services/cash_ops.py" line="165"/>
        <location filename="../app/services/receipts.py" line="24"/>
        <location filename="../app/ui/operations/cash.py" line="183"/>
        <source>Cash withdrawal</source>
        <translation>Reintegro en efectivo</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="63"/>
        <source>The check letter of the DNI is wrong: expected {expected}.</source>
        <translation>La letra del DNI es incorrecta: debería ser {expected}.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="64"/>
        <source>The check letter of the NIE is wrong: expected {expected}.</source>
        <translation>La letra del NIE es incorrecta: debería ser {expected}.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="65"/>
        <source>The check letter of the NIF is wrong: expected {expected}.</source>
        <translation>La letra del NIF es incorrecta: debería ser {expected}.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="70"/>
        <source>A DNI has 8 digits and a letter.</source>
        <translation>Un DNI tiene 8 dígitos y una letra.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="79"/>
        <source>A NIE has the letter X, Y or Z, 7 digits and a letter.</source>
        <translation>Un NIE tiene la letra X, Y o Z, 7 dígitos y una letra.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="88"/>
        <source>A CIF has a letter, 7 digits and a check digit or letter.</source>
        <translation>Un CIF tiene una letra, 7 dígitos y un dígito o letra de control.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="90"/>
        <source>The first letter of the CIF ({letter}) is not a kind of organisation.</source>
        <translation>La primera letra del CIF ({letter}) no corresponde a ningún tipo de organización.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="93"/>
        <source>The check digit or letter of the CIF is wrong.</source>
        <translation>El dígito o la letra de control del CIF es incorrecto.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="99"/>
        <location filename="../app/domain/identifiers.py" line="106"/>
        <source>A NIF has 9 characters.</source>
        <translation>Un NIF tiene 9 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="128"/>
        <source>A cédula has 10 digits.</source>
        <translation>Una cédula tiene 10 dígitos.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="129"/>
        <source>The first two digits of the cédula are not a valid province.</source>
        <translation>Los dos primeros dígitos de la cédula no son una provincia válida.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="131"/>
        <source>The third digit of the cédula is wrong.</source>
        <translation>El tercer dígito de la cédula es incorrecto.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="135"/>
        <source>The check digit of the cédula is wrong: expected {expected}.</source>
        <translation>El dígito de control de la cédula es incorrecto: debería ser {expected}.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="141"/>
        <source>A RUC has 13 digits.</source>
        <translation>Un RUC tiene 13 dígitos.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="142"/>
        <source>The first two digits of the RUC are not a valid province.</source>
        <translation>Los dos primeros dígitos del RUC no son una provincia válida.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="144"/>
        <source>The third digit of the RUC is wrong.</source>
        <translation>El tercer dígito del RUC es incorrecto.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="147"/>
        <source>The establishment number of the RUC (its last digits) cannot be zero.</source>
        <translation>El número de establecimiento del RUC (sus últimos dígitos) no puede ser cero.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="151"/>
        <source>The check digit of the RUC is wrong.</source>
        <translation>El dígito de control del RUC es incorrecto.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="161"/>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>Un número de pasaporte tiene de 5 a 20 letras y dígitos.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="176"/>
        <source>Type the document number.</source>
        <translation>Escribe el número de documento.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="212"/>
        <source>An account number has 20 digits, or is an IBAN starting with ES.</source>
        <translation>Un número de cuenta tiene 20 dígitos o es un IBAN que empieza por ES.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="216"/>
        <source>Both control digits of the account are wrong.</source>
        <translation>Los dos dígitos de control de la cuenta son incorrectos.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="218"/>
        <source>The bank-office control digit of the account is wrong.</source>
        <translation>El dígito de control de entidad y oficina de la cuenta es incorrecto.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="220"/>
        <source>The account control digit is wrong.</source>
        <translation>El dígito de control de la cuenta es incorrecto.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="228"/>
        <location filename="../app/domain/identifiers.py" line="251"/>
        <source>Type the account number.</source>
        <translation>Escribe el número de cuenta.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="232"/>
        <source>Only Spanish accounts are accepted: an IBAN starting with ES.</source>
        <translation>Solo se aceptan cuentas españolas: un IBAN que empiece por ES.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="234"/>
        <source>A Spanish IBAN has ES, 2 check digits and the 20 digits of the account.</source>
        <translation>Un IBAN español tiene ES, 2 dígitos de control y los 20 dígitos de la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="239"/>
        <source>The check digits of the IBAN (after ES) are wrong.</source>
        <translation>Los dígitos de control del IBAN (tras ES) son incorrectos.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="253"/>
        <source>An account number has 6 to 20 digits.</source>
        <translation>Un número de cuenta tiene de 6 a 20 dígitos.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="63"/>
        <location filename="../app/domain/institution_details.py" line="73"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="65"/>
        <source>Use at most {maximum} characters.</source>
        <translation>Usa como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="76"/>
        <source>This is not a valid Spanish CIF or NIF (check the letter and the control character).</source>
        <translation>No es un CIF o NIF español válido (revisa la letra y el carácter de control).</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="79"/>
        <source>This is not a valid RUC: 13 digits with a valid check digit.</source>
        <translation>No es un RUC válido: 13 dígitos con un dígito de control válido.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="88"/>
        <source>Write an e-mail address like name@example.org.</source>
        <translation>Escribe una dirección de correo electrónico como name@example.org.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="90"/>
        <source>Use digits, spaces and an optional leading +.</source>
        <translation>Usa dígitos, espacios y un + inicial opcional.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="101"/>
        <source>This is not a valid SEPA creditor identifier (e.g. ES94ZZZF08000002).</source>
        <translation>No es un identificador de acreedor SEPA válido (p. ej., ES94ZZZF08000002).</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="116"/>
        <source>A BIC has 8 or 11 letters and digits, e.g. CAIXESBBXXX.</source>
        <translation>Un BIC tiene 8 u 11 letras y dígitos, p. ej., CAIXESBBXXX.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="119"/>
        <location filename="../app/domain/institution_details.py" line="121"/>
        <location filename="../app/domain/member_form.py" line="100"/>
        <location filename="../app/domain/settings.py" line="46"/>
        <source>Choose one of: {choices}.</source>
        <translation>Elige uno de: {choices}.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="138"/>
        <source>Use the postal code&apos;s digits (and letters where the country has them).</source>
        <translation>Usa los dígitos del código postal (y las letras, en los países que las tienen).</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="163"/>
        <source>The logo file is larger than {kb} KB; use a smaller image.</source>
        <translation>El archivo del logotipo supera los {kb} KB; usa una imagen más pequeña.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="169"/>
        <source>Use a PNG or JPEG image for the logo.</source>
        <translation>Usa una imagen PNG o JPEG para el logotipo.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="28"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="28"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="29"/>
        <location filename="../app/services/loan_views.py" line="25"/>
        <source>Current</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="29"/>
        <source>Upcoming</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="37"/>
        <source>Shorter term (same installment)</source>
        <translation>Plazo más corto (misma cuota)</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="38"/>
        <source>Lower installment (same term)</source>
        <translation>Cuota más baja (mismo plazo)</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="19"/>
        <source>Fees and insurance</source>
        <translation>Comisiones y seguros</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="22"/>
        <source>Due dates stay where they fall</source>
        <translation>Los vencimientos se mantienen en su fecha</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="23"/>
        <source>Moved to the next business day</source>
        <translation>Trasladados al siguiente día hábil</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="55"/>
        <source>Give the product a short code (up to 12 characters).</source>
        <translation>Indique un código corto para el producto (hasta 12 caracteres).</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="57"/>
        <source>Give the product a name.</source>
        <translation>Indique un nombre para el producto.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="59"/>
        <location filename="../app/domain/schedule.py" line="125"/>
        <source>The method is French or German.</source>
        <translation>El sistema debe ser francés o alemán.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="61"/>
        <source>The rates go from the minimum up to the maximum, below 100 %.</source>
        <translation>Las tasas deben ir del mínimo al máximo, por debajo del 100 %.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="63"/>
        <source>The terms go from the minimum up to the maximum, 1 to {max} months.</source>
        <translation>Los plazos deben ir del mínimo al máximo, de 1 a {max} meses.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="66"/>
        <source>The amounts go from a minimum above zero up to the maximum.</source>
        <translation>Los importes deben ir de un mínimo mayor que cero hasta el máximo.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="68"/>
        <source>The amounts have more decimals than the currency.</source>
        <translation>Los importes tienen más decimales que la moneda.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="70"/>
        <source>Choose a day count.</source>
        <translation>Elija una base de cálculo.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="72"/>
        <location filename="../app/domain/schedule.py" line="132"/>
        <source>The insurance rate must be from 0 up to 10 % a month.</source>
        <translation>La tasa del seguro debe estar entre el 0 y el 10 % mensual.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="74"/>
        <source>Late interest may not exceed {cap} times the contract rate (at most {limit} % here).</source>
        <translation>El interés de mora no puede superar {cap} veces la tasa del contrato (como máximo, el {limit} % en este caso).</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="78"/>
        <source>The opening fee must be from 0 up to 10 % plus a fixed amount.</source>
        <translation>La comisión de apertura debe estar entre el 0 y el 10 % más un importe fijo.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="80"/>
        <source>Due dates stay or move to the next business day.</source>
        <translation>Los vencimientos se mantienen o se trasladan al siguiente día hábil.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="82"/>
        <source>The repayment order lists late interest, fees and insurance, interest and principal, each once.</source>
        <translation>El orden de imputación de pagos debe incluir el interés de mora, las comisiones y seguros, los intereses y el capital, cada uno una sola vez.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="85"/>
        <location filename="../app/domain/schedule.py" line="129"/>
        <source>The installment multiple must be a positive amount in the currency&apos;s units, like 0.01 or 1.</source>
        <translation>El múltiplo de la cuota debe ser un importe positivo en unidades de la moneda, como 0.01 o 1.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="88"/>
        <source>The grace periods must be fewer than the shortest term.</source>
        <translation>Los periodos de carencia deben ser inferiores al plazo mínimo.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="94"/>
        <source>This product lends from {min} to {max}.</source>
        <translation>Este producto concede préstamos de {min} a {max}.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="97"/>
        <source>This product&apos;s term is {min} to {max} months.</source>
        <translation>El plazo de este producto es de {min} a {max} meses.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="100"/>
        <source>This product&apos;s rate is from {min} % to {max} %.</source>
        <translation>La tasa de este producto va del {min} % al {max} %.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="103"/>
        <source>This product allows up to {max} installments of grace.</source>
        <translation>Este producto admite hasta {max} cuotas de carencia.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="83"/>
        <location filename="../app/domain/member_form.py" line="136"/>
        <location filename="../app/domain/member_form.py" line="149"/>
        <source>Use at most {n} characters (this has {length}).</source>
        <translation>Usa como máximo {n} caracteres (aquí hay {length}).</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="86"/>
        <source>Remove the characters &lt; &gt; ; {{ }} \ ` |.</source>
        <translation>Quita los caracteres &lt; &gt; ; {{ }} \ ` |.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="92"/>
        <source>Type the identity document.</source>
        <translation>Escribe el documento de identidad.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="105"/>
        <source>This does not look like any of: {choices}. Choose the document type.</source>
        <translation>No parece ninguno de estos: {choices}. Elige el tipo de documento.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="121"/>
        <source>Say which bank holds the account.</source>
        <translation>Indica en qué banco está la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="134"/>
        <source>This cannot be empty.</source>
        <translation>No puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="140"/>
        <source>Use letters, digits, spaces and &amp; &apos; . , - ( ) / + only.</source>
        <translation>Usa solo letras, dígitos, espacios y &amp; &apos; . , - ( ) / +.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="142"/>
        <source>An organisation has no surnames: leave this empty.</source>
        <translation>Una organización no tiene apellidos: deja esto vacío.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="145"/>
        <location filename="../app/domain/member_form.py" line="152"/>
        <source>Use letters, spaces, apostrophes, hyphens and dots only.</source>
        <translation>Usa solo letras, espacios, apóstrofos, guiones y puntos.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="147"/>
        <source>Type at least one surname.</source>
        <translation>Escribe al menos un apellido.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="154"/>
        <source>The document expired on {date}: ask for a valid one.</source>
        <translation>El documento caducó el {date}: pide uno vigente.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="158"/>
        <source>An organisation has no birth date: leave this empty.</source>
        <translation>Una organización no tiene fecha de nacimiento: deja esto vacío.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="160"/>
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento es futura.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="162"/>
        <source>The birth date is more than 120 years ago.</source>
        <translation>La fecha de nacimiento es de hace más de 120 años.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="165"/>
        <location filename="../app/services/mail_server.py" line="88"/>
        <location filename="../app/services/mail_server.py" line="127"/>
        <source>Type an address like name@example.org.</source>
        <translation>Escribe una dirección como nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="168"/>
        <source>Type digits, with an optional leading + (at least 6 digits).</source>
        <translation>Escribe dígitos, con un + inicial opcional (al menos 6 dígitos).</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="170"/>
        <source>Choose low, medium or high.</source>
        <translation>Elige bajo, medio o alto.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="70"/>
        <source>This currency has no decimals.</source>
        <translation>Esta moneda no tiene decimales.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="71"/>
        <source>This currency has {n} decimals.</source>
        <translation>Esta moneda tiene {n} decimales.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="78"/>
        <location filename="../app/domain/money.py" line="129"/>
        <location filename="../app/services/cash_ops.py" line="51"/>
        <source>Type an amount.</source>
        <translation>Escribe un importe.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="136"/>
        <source>Type the amount with digits only, as {example}.</source>
        <translation>Escribe el importe solo con dígitos, así: {example}.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="138"/>
        <source>Type the amount as {example}.</source>
        <translation>Escribe el importe así: {example}.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="144"/>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="148"/>
        <source>The amount cannot be zero.</source>
        <translation>El importe no puede ser cero.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="149"/>
        <location filename="../app/domain/money.py" line="153"/>
        <location filename="../app/services/cash_ops.py" line="53"/>
        <location filename="../app/services/drawer.py" line="117"/>
        <location filename="../app/services/ledger.py" line="259"/>
        <source>The amount must be greater than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="152"/>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="22"/>
        <source>Being sent</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="22"/>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="23"/>
        <source>Failed, will retry</source>
        <translation>Fallido, se reintentará</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="23"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="24"/>
        <location filename="../app/services/loan_views.py" line="26"/>
        <location filename="../app/services/petitions.py" line="28"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="24"/>
        <source>Failed, gave up</source>
        <translation>Fallido, sin más intentos</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="40"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="40"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS desde el inicio (puerto 465)</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="41"/>
        <source>None (a relay inside the branch network)</source>
        <translation>Ninguna (un servidor de retransmisión dentro de la red de la oficina)</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="42"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="42"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="42"/>
        <source>unencrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <location filename="../app/domain/passwords.py" line="18"/>
        <source>The password must not contain the user name.</source>
        <translation>La contraseña no debe contener el usuario.</translation>
    </message>
    <message>
        <location filename="../app/domain/periodic.py" line="10"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../app/domain/periodic.py" line="10"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../app/domain/periodic.py" line="10"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../app/domain/periodic.py" line="15"/>
        <source>Choose a day from 1 to 28 (every month has it).</source>
        <translation>Elige un día del 1 al 28 (todos los meses lo tienen).</translation>
    </message>
    <message>
        <location filename="../app/domain/periodic.py" line="17"/>
        <source>Choose monthly, quarterly or yearly.</source>
        <translation>Elige mensual, trimestral o anual.</translation>
    </message>
    <message>
        <location filename="../app/domain/permissions.py" line="19"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../app/domain/permissions.py" line="20"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="37"/>
        <source>Savings account</source>
        <translation>Cuenta de ahorros</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="38"/>
        <source>Mandatory capital</source>
        <translation>Capital obligatorio</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="39"/>
        <source>Voluntary capital</source>
        <translation>Capital voluntario</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="40"/>
        <source>Contribution certificates</source>
        <translation>Certificados de aportación</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="43"/>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="44"/>
        <source>Cash drawer</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="45"/>
        <location filename="../app/services/errors.py" line="14"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="46"/>
        <source>Clearing</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="47"/>
        <source>Fee income</source>
        <translation>Ingresos por comisiones</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="48"/>
        <source>Taxes payable</source>
        <translation>Impuestos a pagar</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="49"/>
        <source>Interest expense</source>
        <translation>Gastos por intereses</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="50"/>
        <location filename="../app/domain/profiles.py" line="112"/>
        <location filename="../app/domain/profiles.py" line="134"/>
        <source>Cash over and short</source>
        <translation>Sobrantes y faltantes de caja</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="51"/>
        <source>Interest on loans</source>
        <translation>Intereses de préstamos</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="52"/>
        <location filename="../app/domain/profiles.py" line="114"/>
        <location filename="../app/domain/profiles.py" line="136"/>
        <source>Late interest on loans</source>
        <translation>Intereses de mora de préstamos</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="53"/>
        <location filename="../app/domain/profiles.py" line="115"/>
        <location filename="../app/domain/profiles.py" line="137"/>
        <source>Credit-life insurance payable</source>
        <translation>Seguro de desgravamen por pagar</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="99"/>
        <source>Spanish ethical-finance cooperative</source>
        <translation>Cooperativa española de finanzas éticas</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="106"/>
        <source>Vault cash</source>
        <translation>Efectivo en bóveda</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="107"/>
        <source>Current account at the bank</source>
        <translation>Cuenta corriente en el banco</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="108"/>
        <source>Items pending application</source>
        <translation>Partidas pendientes de aplicación</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="109"/>
        <location filename="../app/domain/profiles.py" line="131"/>
        <source>Income from services</source>
        <translation>Ingresos por servicios</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="110"/>
        <source>Withholding payable to the tax office</source>
        <translation>Retenciones a ingresar en Hacienda</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="111"/>
        <source>Remuneration of capital</source>
        <translation>Remuneración del capital</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="113"/>
        <source>Interest on loans to members</source>
        <translation>Intereses de préstamos a socios</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="121"/>
        <source>Ecuadorian savings and credit cooperative</source>
        <translation>Cooperativa de ahorro y crédito ecuatoriana</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="128"/>
        <source>Cash</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="129"/>
        <source>Banks and other financial institutions</source>
        <translation>Bancos y otras instituciones financieras</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="130"/>
        <source>Other assets: clearing</source>
        <translation>Otros activos: compensación</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="132"/>
        <source>VAT payable</source>
        <translation>IVA por pagar</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="133"/>
        <source>Interest on savings deposits</source>
        <translation>Intereses de depósitos de ahorro</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="135"/>
        <source>Interest on consumer loans</source>
        <translation>Intereses de préstamos de consumo</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="40"/>
        <source>French (equal installments)</source>
        <translation>Francés (cuotas constantes)</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="41"/>
        <source>German (equal principal)</source>
        <translation>Alemán (capital constante)</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="42"/>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="42"/>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="117"/>
        <source>The amount lent must be greater than zero.</source>
        <translation>El importe prestado debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="119"/>
        <source>The amount lent has more decimals than the currency.</source>
        <translation>El importe prestado tiene más decimales que la moneda.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="121"/>
        <source>The rate must be from 0 up to 100 % a year.</source>
        <translation>La tasa debe estar entre el 0 y el 100 % anual.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="123"/>
        <source>The term must be from 1 to {max} months.</source>
        <translation>El plazo debe ser de 1 a {max} meses.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="127"/>
        <source>The grace periods must be fewer than the installments.</source>
        <translation>Los periodos de carencia deben ser inferiores al número de cuotas.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="135"/>
        <source>The first due date must come after the disbursement and within a year of it.</source>
        <translation>El primer vencimiento debe ser posterior al desembolso y no más de un año después.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="138"/>
        <source>Rounding is half-up or half-even.</source>
        <translation>El redondeo debe ser aritmético (mitad hacia arriba) o bancario (mitad al par).</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="140"/>
        <source>The fees must be from zero up to less than the amount lent.</source>
        <translation>Las comisiones deben ser iguales o superiores a cero e inferiores al importe prestado.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="142"/>
        <source>There is no installment {n} in {months}.</source>
        <translation>No existe la cuota {n} de {months}.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="145"/>
        <source>The installment must be greater than zero.</source>
        <translation>La cuota debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="40"/>
        <source>This is not a valid value.</source>
        <translation>Este valor no es válido.</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="42"/>
        <source>Use {minimum} or more.</source>
        <translation>Usa {minimum} o más.</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="44"/>
        <source>Use {maximum} or less.</source>
        <translation>Usa {maximum} o menos.</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="65"/>
        <source>Cash per operation: warn above</source>
        <translation>Efectivo por operación: avisar por encima de</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="67"/>
        <source>Cash per operation: supervisor above</source>
        <translation>Efectivo por operación: supervisor por encima de</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="69"/>
        <source>Drawer cash ceiling</source>
        <translation>Tope de efectivo en caja</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="71"/>
        <source>Refuse cash payments of 1,000 EUR or more</source>
        <translation>Rechazar pagos en efectivo de 1.000 EUR o más</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="73"/>
        <source>Cash payment limit (Ley 7/2012)</source>
        <translation>Límite de pagos en efectivo (Ley 7/2012)</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="75"/>
        <source>Cash reported to the FIU from (alone or 30 days)</source>
        <translation>Efectivo comunicado a la UIF a partir de (por operación o en 30 días)</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="77"/>
        <source>VAT on commissions</source>
        <translation>IVA sobre comisiones</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="79"/>
        <source>Withholding on returns</source>
        <translation>Retención sobre rendimientos</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="81"/>
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="83"/>
        <source>Number format</source>
        <translation>Formato de número</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="85"/>
        <source>Late interest: at most this share of the contract rate</source>
        <translation>Interés de mora: como máximo esta proporción de la tasa del contrato</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="87"/>
        <source>Lock the desk after idle minutes</source>
        <translation>Bloquear el terminal tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="93"/>
        <source>Half up (0.005 -&gt; 0.01)</source>
        <translation>Mitad hacia arriba (0.005 -&gt; 0.01)</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="94"/>
        <source>Half even (0.005 -&gt; 0.00, 0.015 -&gt; 0.02)</source>
        <translation>Mitad al par (0.005 -&gt; 0.00, 0.015 -&gt; 0.02)</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="124"/>
        <source>Type a percentage such as 15 or 2,5.</source>
        <translation>Escribe un porcentaje como 15 o 2,5.</translation>
    </message>
    <message>
        <location filename="../app/services/accounting.py" line="78"/>
        <location filename="../app/services/movements.py" line="71"/>
        <source>The first date is after the last one.</source>
        <translation>La primera fecha es posterior a la última.</translation>
    </message>
    <message>
        <location filename="../app/services/accounts.py" line="21"/>
        <source>This branch has no {product} account.</source>
        <translation>Esta oficina no tiene cuenta de «{product}».</translation>
    </message>
    <message>
        <location filename="../app/services/aml_report.py" line="31"/>
        <source>Choose a month from 1 to 12.</source>
        <translation>Elige un mes del 1 al 12.</translation>
    </message>
    <message>
        <location filename="../app/services/audit.py" line="97"/>
        <source>Audit row {seq} is missing: the chain jumps from {prev} to {next}.</source>
        <translation>Falta la fila de auditoría {seq}: la cadena salta de {prev} a {next}.</translation>
    </message>
    <message>
        <location filename="../app/services/audit.py" line="101"/>
        <source>Audit row {seq} is out of order or a row before it was removed: it does not follow the row before it.</source>
        <translation>La fila de auditoría {seq} está fuera de orden o se eliminó una fila anterior: no sigue a la fila previa.</translation>
    </message>
    <message>
        <location filename="../app/services/audit.py" line="107"/>
        <source>Audit row {seq} was changed after it was written (or the key is not this ledger&apos;s).</source>
        <translation>La fila de auditoría {seq} se modificó después de escribirse (o la clave no es la de esta contabilidad).</translation>
    </message>
    <message>
        <location filename="../app/services/audit.py" line="114"/>
        <source>The audit chain ends at row {last} but its head says {head}: rows were removed from the end.</source>
        <translation>La cadena de auditoría termina en la fila {last}, pero su cabecera indica {head}: se han eliminado filas del final.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="62"/>
        <location filename="../app/services/auth.py" line="74"/>
        <location filename="../app/services/auth.py" line="90"/>
        <source>Wrong user name or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="76"/>
        <source>This user is locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>Este usuario está bloqueado tras demasiados intentos fallidos. Pide a un administrador que lo desbloquee.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="88"/>
        <source>Wrong password. The user is now locked; ask an administrator to unlock it.</source>
        <translation>Contraseña incorrecta. El usuario ha quedado bloqueado; pide a un administrador que lo desbloquee.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="100"/>
        <source>Use 2 to 40 lowercase letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Usa de 2 a 40 letras minúsculas, dígitos, puntos, guiones o guiones bajos, empezando por una letra.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="103"/>
        <source>Write the full name (1 to 120 characters).</source>
        <translation>Escribe el nombre completo (de 1 a 120 caracteres).</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="105"/>
        <location filename="../app/services/auth.py" line="179"/>
        <source>Choose one of: teller, supervisor, administrator, auditor.</source>
        <translation>Elige uno de: teller (cajero), supervisor, administrator (administrador), auditor.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="115"/>
        <source>The user name {username} is taken.</source>
        <translation>El usuario {username} ya existe.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="140"/>
        <location filename="../app/services/branches.py" line="77"/>
        <source>Branch {id} does not exist.</source>
        <translation>La oficina {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="142"/>
        <source>The branch {branch} is closed; choose an open one.</source>
        <translation>La oficina {branch} está cerrada; elige una abierta.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="151"/>
        <source>There is no user {username}.</source>
        <translation>No existe el usuario {username}.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="168"/>
        <source>You cannot lock yourself out.</source>
        <translation>No puedes bloquearte a ti mismo.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="181"/>
        <source>You cannot change your own role.</source>
        <translation>No puedes cambiar tu propio rol.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="196"/>
        <source>{username} has a cash drawer open: close it before moving them to another branch.</source>
        <translation>{username} tiene una caja abierta: ciérrala antes del traslado a otra oficina.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="221"/>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="223"/>
        <source>Choose a password different from the current one.</source>
        <translation>Elige una contraseña distinta de la actual.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="235"/>
        <source>Choose Spanish (es), Catalan (ca) or English (en).</source>
        <translation>Elige español (es), catalán (ca) o inglés (en).</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="71"/>
        <source>{file} is a folder: give a file name.</source>
        <translation>{file} es una carpeta: indica un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="73"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="80"/>
        <source>{file} is the ledger itself: write the backup to another file.</source>
        <translation>{file} es la propia contabilidad: escribe la copia de seguridad en otro archivo.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="83"/>
        <source>This file is not a Ventanilla backup, or it is damaged.</source>
        <translation>Este archivo no es una copia de seguridad de Ventanilla o está dañado.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="103"/>
        <location filename="../app/services/context.py" line="127"/>
        <source>This database holds no ledger yet: run ventanilla init.</source>
        <translation>Esta base de datos todavía no tiene contabilidad: ejecuta ventanilla init.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="120"/>
        <source>There is no file {file}.</source>
        <translation>No existe el archivo {file}.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="122"/>
        <location filename="../app/services/restore.py" line="218"/>
        <source>Cannot read {file}.</source>
        <translation>No se puede leer {file}.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="145"/>
        <source>The backup&apos;s manifest does not verify with this ledger&apos;s key: the file was altered, or the key is not this ledger&apos;s.</source>
        <translation>El manifiesto de la copia de seguridad no se verifica con la clave de esta contabilidad: el archivo se ha alterado o la clave no es de esta contabilidad.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="177"/>
        <source>The database copy in this backup was altered or damaged: it does not match the SHA-256 in its manifest.</source>
        <translation>La copia de la base de datos de esta copia de seguridad está alterada o dañada: no coincide con el SHA-256 de su manifiesto.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="91"/>
        <source>Bank file {id} does not exist.</source>
        <translation>El fichero bancario {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="105"/>
        <source>Set the cooperative&apos;s IBAN (Administration, Institution) before making a transfer file.</source>
        <translation>Indica el IBAN de la cooperativa (Administración, Entidad) antes de generar un fichero de transferencias.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="118"/>
        <source>The transfer file does not pass the {version} schema: {error}</source>
        <translation>El fichero de transferencias no supera el esquema {version}: {error}</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="138"/>
        <source>No transfers are waiting for a file.</source>
        <translation>No hay transferencias pendientes de fichero.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="204"/>
        <location filename="../app/services/contributions.py" line="155"/>
        <location filename="../app/services/periodic.py" line="57"/>
        <location filename="../app/services/periodic.py" line="104"/>
        <source>Direct debits (SEPA) are for the Spanish profile.</source>
        <translation>Los adeudos directos (SEPA) son del perfil español.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="208"/>
        <source>No direct debits are waiting for a file.</source>
        <translation>No hay adeudos pendientes de fichero.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="210"/>
        <source>Set the cooperative&apos;s SEPA creditor ID and IBAN (Administration, Institution) before collecting.</source>
        <translation>Indica el identificador de acreedor SEPA y el IBAN de la cooperativa (Administración, Entidad) antes de cobrar.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="213"/>
        <source>The {version} file needs the cooperative&apos;s BIC.</source>
        <translation>El fichero {version} necesita el BIC de la cooperativa.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="235"/>
        <source>The collection file does not pass the {version} schema: {error}</source>
        <translation>El fichero de adeudos no supera el esquema {version}: {error}</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="263"/>
        <source>Write the bank&apos;s reason for the return.</source>
        <translation>Escribe el motivo de la devolución que da el banco.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="268"/>
        <source>Direct debit {id} does not exist.</source>
        <translation>El adeudo {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="270"/>
        <source>Only a direct debit sent to the bank can be returned (this one is {status}).</source>
        <translation>Solo se puede devolver un adeudo enviado al banco (este está {status}).</translation>
    </message>
    <message>
        <location filename="../app/services/branches.py" line="60"/>
        <location filename="../app/services/branches.py" line="87"/>
        <source>There is a branch called {name} already.</source>
        <translation>Ya hay una oficina llamada {name}.</translation>
    </message>
    <message>
        <location filename="../app/services/branches.py" line="103"/>
        <source>{n} staff users work at {branch}: move them to another branch first.</source>
        <translation>{n} usuarios del personal trabajan en {branch}: trasládalos antes a otra oficina.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="47"/>
        <source>The {card} is blocked: unblock it before its PIN changes.</source>
        <translation>La {card} está bloqueada: desbloquéala antes de cambiar su PIN.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="49"/>
        <source>The {card} is cancelled: its PIN never changes again.</source>
        <translation>La {card} está cancelada: su PIN ya no cambia nunca más.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="55"/>
        <source>Dear {name},

A temporary PIN was generated for your card:

Card number: {number}
Card type: {kind}
Date: {date}
Time: {time}
Temporary PIN: {pin}

Change it at the branch or at a cash machine before you use the card: it works until you do.

If you did not ask for this, tell {institution} at once.</source>
        <translation>Estimado/a {name}:

Se ha generado un PIN provisional para su tarjeta:

Número de tarjeta: {number}
Tipo de tarjeta: {kind}
Fecha: {date}
Hora: {time}
PIN provisional: {pin}

Cámbielo en la oficina o en un cajero automático antes de usar la tarjeta: funcionará hasta que lo haga.

Si usted no lo ha solicitado, avise de inmediato a {institution}.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="68"/>
        <source>Print the PIN mailer or send it by e-mail.</source>
        <translation>Imprime la carta del PIN o envíala por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="74"/>
        <source>The member has no e-mail address: print the PIN mailer.</source>
        <translation>El socio no tiene dirección de correo electrónico: imprime la carta del PIN.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="87"/>
        <source>Temporary PIN of your card {number}</source>
        <translation>PIN provisional de su tarjeta {number}</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="103"/>
        <source>The PIN of the {card} was reset meanwhile: type the new one.</source>
        <translation>El PIN de la {card} se ha restablecido entretanto: escriba el nuevo.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="111"/>
        <source>Wrong PIN, the third in a row: the PIN is locked. The branch issues a new one.</source>
        <translation>PIN incorrecto por tercera vez seguida: el PIN ha quedado bloqueado. La oficina le emitirá uno nuevo.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="113"/>
        <source>That is not the card&apos;s PIN ({left} tries left).</source>
        <translation>Ese no es el PIN de la tarjeta (intentos restantes: {left}).</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="125"/>
        <source>The PIN of the {card} is locked after wrong tries: reset it first.</source>
        <translation>El PIN de la {card} está bloqueado tras varios intentos fallidos: restablécelo primero.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="128"/>
        <source>The {card} has no PIN yet: reset it to issue a temporary one.</source>
        <translation>La {card} aún no tiene PIN: restablécelo para emitir uno provisional.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="136"/>
        <source>Choose a PIN other than the current one.</source>
        <translation>Elija un PIN distinto del actual.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="138"/>
        <source>The two new PINs differ: type it again.</source>
        <translation>Los dos PIN nuevos no coinciden: vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="96"/>
        <source>Card {id} does not exist.</source>
        <translation>La tarjeta {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="102"/>
        <source>{kind} {number} ({brand})</source>
        <translation>{kind} {number} ({brand})</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="122"/>
        <source>Choose a debit or a credit card.</source>
        <translation>Elige una tarjeta de débito o de crédito.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="129"/>
        <source>This card has expired: issue one that has not.</source>
        <translation>Esta tarjeta está caducada: emite una que no lo esté.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="135"/>
        <source>Link the card to one of the member&apos;s open savings accounts.</source>
        <translation>Vincula la tarjeta a una de las cuentas de ahorros abiertas del socio.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="140"/>
        <source>Give the card a limit above zero.</source>
        <translation>Asigna a la tarjeta un límite superior a cero.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="142"/>
        <source>Use at most {n} decimals.</source>
        <translation>Usa como máximo {n} decimales.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="151"/>
        <source>The member has {n} credit card accounts already.</source>
        <translation>El socio ya tiene {n} cuentas de tarjeta de crédito.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="160"/>
        <location filename="../app/services/contributions.py" line="119"/>
        <location filename="../app/services/contributions.py" line="135"/>
        <location filename="../app/services/credentials.py" line="107"/>
        <location filename="../app/services/fiscal.py" line="91"/>
        <location filename="../app/services/leaving.py" line="33"/>
        <location filename="../app/services/loans.py" line="100"/>
        <location filename="../app/services/member_petitions.py" line="26"/>
        <location filename="../app/services/members.py" line="310"/>
        <location filename="../app/services/otp.py" line="57"/>
        <location filename="../app/services/periodic.py" line="48"/>
        <location filename="../app/services/refunds.py" line="72"/>
        <location filename="../app/services/remuneration.py" line="102"/>
        <source>Member {id} does not exist.</source>
        <translation>El socio {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="162"/>
        <source>Member {number} is {status}: cards are for active members.</source>
        <translation>El socio {number} está en estado {status}: las tarjetas son para socios activos.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="167"/>
        <source>This card is issued already.</source>
        <translation>Esta tarjeta ya está emitida.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="190"/>
        <source>Say why the card is blocked.</source>
        <translation>Indica el motivo del bloqueo de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="194"/>
        <source>The {card} is not active.</source>
        <translation>La {card} no está activa.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="210"/>
        <source>The {card} is not blocked.</source>
        <translation>La {card} no está bloqueada.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="212"/>
        <source>A card blocked as stolen or used by someone else stays blocked: cancel it and issue a new one.</source>
        <translation>Una tarjeta bloqueada por robo o por uso de otra persona sigue bloqueada: cancélala y emite una nueva.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="225"/>
        <source>Say why the card is cancelled.</source>
        <translation>Indica el motivo de la cancelación de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="229"/>
        <source>The {card} is cancelled already.</source>
        <translation>La {card} ya está cancelada.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="234"/>
        <source>{amount} is owed on the {card}: settle it first.</source>
        <translation>Se adeudan {amount} en la {card}: liquida primero la deuda.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="253"/>
        <source>A new temporary PIN for the card</source>
        <translation>Nuevo PIN provisional de la tarjeta</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="253"/>
        <source>Unblock the card</source>
        <translation>Desbloqueo de la tarjeta</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="272"/>
        <source>Unknown card request.</source>
        <translation>Solicitud de tarjeta desconocida.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="37"/>
        <source>The available balance is {available}: not enough for {total}.</source>
        <translation>El saldo disponible es {available}: no alcanza para {total}.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="88"/>
        <source>Above the teller&apos;s usual limit of {limit}: check the cash twice.</source>
        <translation>Por encima del límite habitual del cajero, {limit}: comprueba el efectivo dos veces.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="92"/>
        <source>Above the limit of {limit}: a supervisor must approve.</source>
        <translation>Por encima del límite de {limit}: debe aprobarlo un supervisor.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="98"/>
        <source>Cash of {threshold} or more in 30 days: the member declares the origin of the funds and a supervisor approves. It will be reported to the financial intelligence unit.</source>
        <translation>Efectivo de {threshold} o más en 30 días: el socio declara el origen de los fondos y un supervisor lo aprueba. Se comunicará a la unidad de inteligencia financiera.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="106"/>
        <source>The drawer will hold more than {ceiling}: move cash to the vault after this operation.</source>
        <translation>La caja tendrá más de {ceiling}: pasa efectivo a la bóveda después de esta operación.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="123"/>
        <source>This person is neither a holder nor authorised on account {number}.</source>
        <translation>Esta persona no es titular ni autorizada de la cuenta {number}.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="132"/>
        <location filename="../app/services/ledger.py" line="82"/>
        <location filename="../app/services/ledger.py" line="296"/>
        <location filename="../app/services/movements.py" line="58"/>
        <source>Account {id} does not exist.</source>
        <translation>La cuenta {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="134"/>
        <source>Cash deposits and withdrawals are for savings accounts.</source>
        <translation>Los ingresos y reintegros en efectivo son para cuentas de ahorros.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="136"/>
        <source>Account {number} is {status}.</source>
        <translation>La cuenta {number} está en estado «{status}».</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="147"/>
        <location filename="../app/services/contributions.py" line="163"/>
        <source>Cash received</source>
        <translation>Efectivo recibido</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="150"/>
        <source>Cash paid out</source>
        <translation>Efectivo pagado</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="160"/>
        <source>The fees are larger than the deposit.</source>
        <translation>Las comisiones superan el ingreso.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="177"/>
        <location filename="../app/services/loan_repayment.py" line="183"/>
        <source>Write where the money comes from (the member&apos;s declaration).</source>
        <translation>Escribe de dónde procede el dinero (declaración del socio).</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="181"/>
        <source>A supervisor must approve this operation at the counter.</source>
        <translation>Un supervisor debe aprobar esta operación en ventanilla.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="206"/>
        <source>Unknown operation {kind}.</source>
        <translation>Operación desconocida: {kind}.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="236"/>
        <source>Allow a cash deposit of {amount} on account {account} above the teller&apos;s limit.</source>
        <translation>Autorizar un ingreso en efectivo de {amount} en la cuenta {account} por encima del límite del cajero.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="238"/>
        <source>Allow a cash withdrawal of {amount} on account {account} above the teller&apos;s limit.</source>
        <translation>Autorizar un reintegro en efectivo de {amount} en la cuenta {account} por encima del límite del cajero.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="240"/>
        <source>Allow a cash contribution of {amount} to account {account} above the teller&apos;s limit.</source>
        <translation>Autorizar una aportación en efectivo de {amount} a la cuenta {account} por encima del límite del cajero.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="249"/>
        <source>Cash over the limit</source>
        <translation>Efectivo por encima del límite</translation>
    </message>
    <message>
        <location filename="../app/services/context.py" line="109"/>
        <source>This user no longer exists or was deactivated.</source>
        <translation>Este usuario ya no existe o se ha desactivado.</translation>
    </message>
    <message>
        <location filename="../app/services/context.py" line="111"/>
        <source>This user is locked. An administrator can unlock it.</source>
        <translation>Este usuario está bloqueado. Un administrador puede desbloquearlo.</translation>
    </message>
    <message>
        <location filename="../app/services/context.py" line="113"/>
        <source>Your role ({role}) may not do this.</source>
        <translation>Tu rol ({role}) no permite hacer esto.</translation>
    </message>
    <message>
        <location filename="../app/services/context.py" line="118"/>
        <source>Your role may not do this.</source>
        <translation>Tu rol no permite hacer esto.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="128"/>
        <location filename="../app/services/refunds.py" line="143"/>
        <source>This member has no open capital account.</source>
        <translation>Este socio no tiene ninguna cuenta de capital abierta.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="139"/>
        <source>Choose a mandatory or a voluntary contribution, in cash or from savings.</source>
        <translation>Elige una aportación obligatoria o voluntaria, en efectivo o desde el ahorro.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="157"/>
        <source>Direct debit from {account}</source>
        <translation>Adeudo en {account}</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="166"/>
        <source>This institution has no savings accounts: take the contribution in cash.</source>
        <translation>Esta entidad no tiene cuentas de ahorro: cobra la aportación en efectivo.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="170"/>
        <location filename="../app/services/loans.py" line="194"/>
        <location filename="../app/services/periodic.py" line="109"/>
        <location filename="../app/services/refunds.py" line="83"/>
        <source>Choose one of the member&apos;s savings accounts.</source>
        <translation>Elige una de las cuentas de ahorro del socio.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="175"/>
        <source>From savings account {number}</source>
        <translation>Desde la cuenta de ahorro {number}</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="177"/>
        <source>Paying it makes {name} an active member.</source>
        <translation>Al pagarla, {name} pasa a ser socio activo.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="242"/>
        <source>{name} is now an active member.</source>
        <translation>{name} ya es socio activo.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="253"/>
        <source>The member has no signed SEPA mandate for their external account: register it first.</source>
        <translation>El socio no tiene mandato SEPA firmado para su cuenta externa: regístralo primero.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="83"/>
        <source>Dear {name},

Your online banking access at {institution} is ready to be completed.

User name: {username}
Registration key: {key}
Valid until: {expires}

To complete it, open the online office&apos;s registration page and type your document, this registration key, the external account you registered with us and the password you choose (at least {min} characters, letters and digits, not your document or your birth date). The key works once.

If you did not ask for this, tell your branch.</source>
        <translation>Estimado/a {name}:

Su acceso a la banca en línea de {institution} está listo para completarse.

Nombre de usuario: {username}
Clave de registro: {key}
Válida hasta: {expires}

Para completarlo, abra la página de registro de la oficina en línea y escriba su documento, esta clave de registro, la cuenta externa que registró con nosotros y la contraseña que elija (al menos {min} caracteres, con letras y dígitos, que no sean su documento ni su fecha de nacimiento). La clave solo sirve una vez.

Si usted no lo ha solicitado, avise a su oficina.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="103"/>
        <source>Print the letter or send it by e-mail.</source>
        <translation>Imprime la carta o envíala por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="109"/>
        <source>Member {number} is {status}: online access is for active members.</source>
        <translation>El socio {number} está en estado {status}: el acceso en línea es para socios activos.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="112"/>
        <source>The member has no e-mail address: print the letter.</source>
        <translation>El socio no tiene dirección de correo electrónico: imprime la carta.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="119"/>
        <source>The member has online credentials already ({status}): reissue them.</source>
        <translation>El socio ya tiene credenciales en línea ({status}): vuelve a emitirlas.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="124"/>
        <source>Another member has this user name.</source>
        <translation>Otro socio ya tiene este nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="142"/>
        <source>Your online banking access at {institution}</source>
        <translation>Su acceso a la banca en línea de {institution}</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="154"/>
        <source>Say why the access is revoked.</source>
        <translation>Indica por qué se revoca el acceso.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="158"/>
        <source>The member has no online credentials to revoke.</source>
        <translation>El socio no tiene credenciales en línea que revocar.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="177"/>
        <source>Too many failed attempts: the access is locked. Ask your branch to issue it again.</source>
        <translation>Demasiados intentos fallidos: el acceso está bloqueado. Pida a su oficina que se lo vuelva a emitir.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="191"/>
        <source>There is no registration waiting for this document.</source>
        <translation>No hay ningún registro pendiente para este documento.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="193"/>
        <source>The access is locked after failed attempts: ask your branch to issue it again.</source>
        <translation>El acceso está bloqueado tras varios intentos fallidos: pida a su oficina que se lo vuelva a emitir.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="196"/>
        <source>The registration key expired on {day}: ask your branch for a new one.</source>
        <translation>La clave de registro caducó el {day}: pida una nueva a su oficina.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="200"/>
        <source>The registration key is not the one we sent.</source>
        <translation>La clave de registro no es la que le enviamos.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="202"/>
        <source>That is not the external account registered for you.</source>
        <translation>Esa no es la cuenta externa registrada a su nombre.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="73"/>
        <source>Open your cash drawer first (Drawer, then Open drawer).</source>
        <translation>Abre primero tu caja (Caja y después Abrir la caja).</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="85"/>
        <source>Your drawer is already open.</source>
        <translation>Tu caja ya está abierta.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="89"/>
        <source>Your last drawer difference waits for a supervisor&apos;s approval; it must be settled before you open again.</source>
        <translation>La última diferencia de tu caja espera la aprobación de un supervisor; debe resolverse antes de volver a abrir.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="94"/>
        <source>Drawer account {number} is not empty: settle it first.</source>
        <translation>La cuenta de caja {number} no está vacía: liquídala primero.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="168"/>
        <source>Say why the drawer is closed by a supervisor.</source>
        <translation>Indica por qué un supervisor cierra la caja.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="172"/>
        <source>There is no open drawer session {id}.</source>
        <translation>No hay ninguna sesión de caja abierta {id}.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="199"/>
        <source>Post the shortage of {amount} to cash over and short.</source>
        <translation>Contabilizar el faltante de {amount} en sobrantes y faltantes de caja.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="200"/>
        <source>Post the surplus of {amount} to cash over and short.</source>
        <translation>Contabilizar el sobrante de {amount} en sobrantes y faltantes de caja.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="201"/>
        <source>Drawer of {user} on {date}: counted {counted}, expected {expected}.</source>
        <translation>Caja de {user} del {date}: contado {counted}, esperado {expected}.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="220"/>
        <source>Drawer difference</source>
        <translation>Diferencia de caja</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="82"/>
        <source>Close these drawers first (or force-close them with a reason): {drawers}.</source>
        <translation>Cierra primero estas cajas (o ciérralas a la fuerza con un motivo): {drawers}.</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="143"/>
        <source>End of day cancelled after {done} of {total} steps; run it again to resume.</source>
        <translation>Cierre del día cancelado tras {done} de {total} pasos; vuelve a ejecutarlo para continuar.</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="148"/>
        <source>Moving the business date</source>
        <translation>Pasando la fecha contable</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="151"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="158"/>
        <source>The ledger check found {n} faults; the day cannot close: {first}</source>
        <translation>La comprobación de la contabilidad ha encontrado {n} errores; el día no se puede cerrar: {first}</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="169"/>
        <source>Checking the ledger</source>
        <translation>Comprobando la contabilidad</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="170"/>
        <source>Reviewing the drawers</source>
        <translation>Revisando las cajas</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="9"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="9"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="10"/>
        <source>Document expiry</source>
        <translation>Caducidad del documento</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="10"/>
        <source>Given names</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="11"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="11"/>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="11"/>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="12"/>
        <location filename="../app/services/member_petitions.py" line="71"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="12"/>
        <location filename="../app/services/member_petitions.py" line="71"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="13"/>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="13"/>
        <source>Source of income</source>
        <translation>Origen de los ingresos</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="14"/>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="14"/>
        <source>Risk rating</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="15"/>
        <source>Postings</source>
        <translation>Apuntes</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="16"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="16"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="17"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="17"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="18"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="18"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="18"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="19"/>
        <source>Operation key</source>
        <translation>Clave de la operación</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="20"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="20"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="20"/>
        <source>Origin of the funds</source>
        <translation>Origen de los fondos</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="21"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="21"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="21"/>
        <location filename="../app/ui/member_file/header.py" line="20"/>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="21"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="22"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="22"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="22"/>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="23"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="23"/>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="23"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="24"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="24"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="24"/>
        <source>SEPA creditor ID</source>
        <translation>Identificador de acreedor SEPA</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="25"/>
        <source>Collections file (pain.008)</source>
        <translation>Archivo de adeudos (pain.008)</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="26"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="26"/>
        <source>Transfers file (pain.001)</source>
        <translation>Archivo de transferencias (pain.001)</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="27"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="27"/>
        <source>Frequency</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="28"/>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="28"/>
        <source>Signature date</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="28"/>
        <source>Yearly return</source>
        <translation>Rendimiento anual</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="29"/>
        <source>External account</source>
        <translation>Cuenta externa</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="30"/>
        <source>Authenticator code</source>
        <translation>Código del autenticador</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="30"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="31"/>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="31"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="32"/>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="32"/>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="32"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="33"/>
        <source>New PIN again</source>
        <translation>Repetición del nuevo PIN</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="33"/>
        <source>Why it is blocked</source>
        <translation>Motivo del bloqueo</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="34"/>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="34"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="34"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="35"/>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../app/services/fiscal.py" line="24"/>
        <source>Remuneration of voluntary capital (income from movable capital)</source>
        <translation>Remuneración del capital voluntario (rendimientos del capital mobiliario)</translation>
    </message>
    <message>
        <location filename="../app/services/fiscal.py" line="68"/>
        <source>The certificates of {year} are issued from 1 January {next}.</source>
        <translation>Los certificados de {year} se emiten a partir del 1 de enero de {next}.</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="61"/>
        <source>{region} is not a region of {country}. Use one of: {choices}.</source>
        <translation>{region} no es una región de {country}. Usa una de: {choices}.</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="74"/>
        <source>Choose es-coop or ec-coop.</source>
        <translation>Elige es-coop o ec-coop.</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="76"/>
        <source>Write the institution&apos;s name (1 to 200 characters).</source>
        <translation>Escribe el nombre de la entidad (de 1 a 200 caracteres).</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="78"/>
        <source>Write the institution&apos;s tax ID (1 to 20 characters).</source>
        <translation>Escribe la identificación fiscal de la entidad (de 1 a 20 caracteres).</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="83"/>
        <source>This database already holds a ledger.</source>
        <translation>Esta base de datos ya tiene una contabilidad.</translation>
    </message>
    <message>
        <location filename="../app/services/key_admin.py" line="33"/>
        <source>This key belongs to another ledger ({other}), not to this one ({this}).</source>
        <translation>Esta clave es de otra contabilidad ({other}), no de esta ({this}).</translation>
    </message>
    <message>
        <location filename="../app/services/key_admin.py" line="38"/>
        <source>The audit chain does not verify with this key: {fault}</source>
        <translation>La cadena de auditoría no se verifica con esta clave: {fault}</translation>
    </message>
    <message>
        <location filename="../app/services/keys.py" line="56"/>
        <source>The institution key of this ledger is not installed on this desk. Import it with: ventanilla key import FILE</source>
        <translation>La clave de la entidad de esta contabilidad no está instalada en este terminal. Impórtala con: ventanilla key import FILE</translation>
    </message>
    <message>
        <location filename="../app/services/keys.py" line="69"/>
        <source>Use at least 10 characters.</source>
        <translation>Usa al menos 10 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/services/keys.py" line="82"/>
        <source>This file is not a Ventanilla key export.</source>
        <translation>Este archivo no es una exportación de clave de Ventanilla.</translation>
    </message>
    <message>
        <location filename="../app/services/keys.py" line="86"/>
        <source>The passphrase does not open this key.</source>
        <translation>La frase de contraseña no abre esta clave.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="46"/>
        <source>A refund of this member is waiting: decide it first.</source>
        <translation>Hay un reembolso de este socio pendiente: decídelo primero.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="50"/>
        <source>A loan application of this member is waiting: decide it first.</source>
        <translation>Hay una solicitud de préstamo de este socio pendiente: resuélvala primero.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="54"/>
        <source>Loan {number} is not settled yet: a member with an outstanding loan cannot leave.</source>
        <translation>El préstamo {number} aún no está liquidado: un socio con un préstamo pendiente no puede darse de baja.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="58"/>
        <source>The {card} is not cancelled: cancel it first (a member with a card cannot leave).</source>
        <translation>La {card} no está cancelada: cancélala antes (un socio con una tarjeta no puede darse de baja).</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="62"/>
        <source>Account {number} has money on hold: release it first.</source>
        <translation>La cuenta {number} tiene dinero retenido: libéralo primero.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="64"/>
        <source>Account {number} is not settled yet: a member with an outstanding loan or card cannot leave.</source>
        <translation>La cuenta {number} aún no está liquidada: un socio con un préstamo o una tarjeta pendiente no puede darse de baja.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="74"/>
        <source>Only an active member can ask to leave (this one is {status}).</source>
        <translation>Solo un socio activo puede pedir la baja (este está en estado {status}).</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="77"/>
        <location filename="../app/services/leaving.py" line="163"/>
        <source>Register the member&apos;s external account first: the capital is paid back to it.</source>
        <translation>Registra primero la cuenta externa del socio: el capital se le devuelve a ella.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="98"/>
        <source>{name} leaves the cooperative: every account is settled and closed.</source>
        <translation>{name} se da de baja de la cooperativa: se liquidan y cierran todas las cuentas.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="103"/>
        <source>{account}: {amount} paid back</source>
        <translation>{account}: se devuelven {amount}</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="105"/>
        <source>{amount} in all, by transfer to the external account {account}.</source>
        <translation>{amount} en total, por transferencia a la cuenta externa {account}.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="108"/>
        <location filename="../app/services/refunds.py" line="132"/>
        <source>The member&apos;s reason: {reason}</source>
        <translation>Motivo del socio: {reason}</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="125"/>
        <location filename="../app/services/receipts.py" line="36"/>
        <source>Settlement on leaving membership</source>
        <translation>Liquidación por baja como socio</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="152"/>
        <source>Leaving membership</source>
        <translation>Baja como socio</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="120"/>
        <source>Give a key of 1 to {n} characters.</source>
        <translation>Indica una clave de 1 a {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="124"/>
        <source>An entry needs at least two postings.</source>
        <translation>Un asiento necesita al menos dos apuntes.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="126"/>
        <source>Write a description of 1 to 200 characters.</source>
        <translation>Escribe una descripción de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="133"/>
        <source>Amounts must be exact decimals.</source>
        <translation>Los importes deben ser decimales exactos.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="135"/>
        <source>A posting cannot be zero.</source>
        <translation>Un apunte no puede ser cero.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="137"/>
        <source>Account {number} is {status}: nothing can be posted to it.</source>
        <translation>La cuenta {number} está en estado «{status}»: no admite movimientos.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="146"/>
        <source>The postings do not balance: debits and credits differ.</source>
        <translation>Los apuntes no cuadran: el debe y el haber no coinciden.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="157"/>
        <source>Account {number} does not have enough available balance for this operation.</source>
        <translation>La cuenta {number} no tiene saldo disponible suficiente para esta operación.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="197"/>
        <location filename="../app/services/receipts.py" line="85"/>
        <location filename="../app/services/reversals.py" line="29"/>
        <source>Entry {id} does not exist.</source>
        <translation>El asiento {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="199"/>
        <source>Entry {id} is itself a reversal.</source>
        <translation>El asiento {id} ya es una anulación.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="204"/>
        <source>Entry {id} has already been reversed.</source>
        <translation>El asiento {id} ya está anulado.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="257"/>
        <source>Say why the money is held.</source>
        <translation>Indica por qué se retiene el dinero.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="265"/>
        <source>Account {number} does not have enough available balance to hold this amount.</source>
        <translation>La cuenta {number} no tiene saldo disponible suficiente para retener este importe.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="281"/>
        <source>Hold {id} does not exist.</source>
        <translation>La retención {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="285"/>
        <source>Hold {id} was already released.</source>
        <translation>La retención {id} ya se había liberado.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="34"/>
        <source>Entry {entry} does not balance in {currency}: the postings add up to {total} minor units.</source>
        <translation>El asiento {entry} no cuadra en {currency}: los apuntes suman {total} unidades mínimas.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="41"/>
        <source>Entry {entry} has fewer than two postings.</source>
        <translation>El asiento {entry} tiene menos de dos apuntes.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="51"/>
        <source>Account {number}: the cached balance is {cached} but its postings add up to {actual} (minor units).</source>
        <translation>Cuenta {number}: el saldo guardado es {cached}, pero sus apuntes suman {actual} (unidades mínimas).</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="60"/>
        <source>Account {number}: the cached hold total is {cached} but its open holds add up to {actual} (minor units).</source>
        <translation>Cuenta {number}: el total retenido guardado es {cached}, pero sus retenciones abiertas suman {actual} (unidades mínimas).</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="70"/>
        <source>Account {number}: its movements are not numbered 1 to {n} without gaps (last number {top}, cached {cached}).</source>
        <translation>Cuenta {number}: sus movimientos no están numerados del 1 al {n} sin huecos (último número {top}, guardado {cached}).</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="81"/>
        <source>Posting {posting} on account {number} says the balance after it is {after} but the postings up to it add up to {running} (minor units).</source>
        <translation>El apunte {posting} de la cuenta {number} indica un saldo posterior de {after}, pero los apuntes hasta él suman {running} (unidades mínimas).</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="97"/>
        <source>Loan {number}: its account holds {balance} but its installments owe {owed} of principal (minor units).</source>
        <translation>Préstamo {number}: su cuenta tiene {balance}, pero sus cuotas adeudan {owed} de capital (en unidades mínimas).</translation>
    </message>
    <message>
        <location filename="../app/services/loan_late.py" line="61"/>
        <source>Loans: {overdue} installments overdue, late interest on {loans} loans.</source>
        <translation>Préstamos: {overdue} cuotas vencidas, interés de mora en {loans} préstamos.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_late.py" line="65"/>
        <source>Accruing late interest on overdue loans</source>
        <translation>Devengando intereses de mora de préstamos vencidos</translation>
    </message>
    <message>
        <location filename="../app/services/loan_products.py" line="78"/>
        <source>Loan product {id} does not exist.</source>
        <translation>El producto de préstamo {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_products.py" line="87"/>
        <location filename="../app/services/loan_products.py" line="108"/>
        <source>There is a product with code {code} already.</source>
        <translation>Ya existe un producto con el código {code}.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_products.py" line="122"/>
        <source>Loan product {code} is withdrawn.</source>
        <translation>El producto de préstamo {code} está dado de baja.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="109"/>
        <source>Loan {number} is {status}: there is nothing to repay.</source>
        <translation>El préstamo {number} está {status}: no hay nada que pagar.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="113"/>
        <location filename="../app/services/loans.py" line="65"/>
        <source>The amount has more decimals than the currency.</source>
        <translation>El importe tiene más decimales que la moneda.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="132"/>
        <source>That is more than the {payoff} that settles the loan today.</source>
        <translation>El importe supera los {payoff} necesarios para liquidar hoy el préstamo.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="173"/>
        <source>Choose a savings account to pay from.</source>
        <translation>Elija la cuenta de ahorro de cargo.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="187"/>
        <location filename="../app/services/loans.py" line="207"/>
        <source>A supervisor must approve this much cash at the counter.</source>
        <translation>Un supervisor debe autorizar este importe en efectivo en ventanilla.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="193"/>
        <source>Pay in cash or from a savings account.</source>
        <translation>El pago debe ser en efectivo o con cargo a una cuenta de ahorro.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="199"/>
        <source>This repayment was posted already (receipt {receipt}).</source>
        <translation>Este pago ya está contabilizado (recibo {receipt}).</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="204"/>
        <source>The payment is more than what is due: choose a shorter term or a lower installment for the rest.</source>
        <translation>El pago supera el importe exigible: elija un plazo más corto o una cuota más baja para el resto.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="231"/>
        <source>Loan repayment</source>
        <translation>Pago de préstamo</translation>
    </message>
    <message>
        <location filename="../app/services/loan_views.py" line="25"/>
        <source>Approved, not disbursed</source>
        <translation>Aprobado, no desembolsado</translation>
    </message>
    <message>
        <location filename="../app/services/loan_views.py" line="26"/>
        <source>In arrears</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../app/services/loan_views.py" line="26"/>
        <source>Paid off</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="109"/>
        <location filename="../app/services/loans.py" line="236"/>
        <source>Only an active member can borrow (this one is {status}).</source>
        <translation>Solo un socio activo puede recibir préstamos (este está {status}).</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="112"/>
        <source>Describe the purpose in up to 200 characters.</source>
        <translation>Describa la finalidad en un máximo de 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="131"/>
        <source>Loan {product}: {amount} over {months} months at {rate} % a year, {method}.</source>
        <translation>Préstamo {product}: {amount} a {months} meses al {rate} % anual, sistema {method}.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="135"/>
        <source>Purpose: {purpose}</source>
        <translation>Finalidad: {purpose}</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="169"/>
        <source>Loan {id} does not exist.</source>
        <translation>El préstamo {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="198"/>
        <source>The member has no external account registered.</source>
        <translation>El socio no tiene ninguna cuenta externa registrada.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="212"/>
        <source>Disburse into a savings account, by transfer or in cash.</source>
        <translation>El desembolso se realiza en una cuenta de ahorro, por transferencia o en efectivo.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="232"/>
        <source>Loan {number} is {status}: only an approved loan is disbursed.</source>
        <translation>El préstamo {number} está {status}: solo se desembolsan préstamos aprobados.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="245"/>
        <source>Loan disbursement</source>
        <translation>Desembolso de préstamo</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="271"/>
        <source>Say why the loan is cancelled.</source>
        <translation>Indique el motivo de la anulación del préstamo.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="275"/>
        <source>Only an approved loan not yet disbursed can be cancelled.</source>
        <translation>Solo se puede anular un préstamo aprobado y aún no desembolsado.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="281"/>
        <source>Loan application</source>
        <translation>Solicitud de préstamo</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="77"/>
        <source>Type the server&apos;s name or address, such as smtp.example.org.</source>
        <translation>Escribe el nombre o la dirección del servidor, como smtp.example.org.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="83"/>
        <source>Use a port from 1 to 65535.</source>
        <translation>Usa un puerto del 1 al 65535.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="85"/>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>Elige STARTTLS, TLS o ninguna.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="132"/>
        <source>Save the mail server first.</source>
        <translation>Guarda primero el servidor de correo.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="135"/>
        <source>Test message from {institution}</source>
        <translation>Mensaje de prueba de {institution}</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="136"/>
        <source>This message checks that the desk can send e-mail through {host}. Nothing else is needed.</source>
        <translation>Este mensaje comprueba que el terminal puede enviar correo electrónico a través de {host}. No necesita hacer nada más.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="139"/>
        <source>The server did not take the message: {answer}</source>
        <translation>El servidor no ha aceptado el mensaje: {answer}</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="87"/>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="117"/>
        <source>Use the form YYYY-MM-DD.</source>
        <translation>Usa el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="124"/>
        <source>The header has no column {column}.</source>
        <translation>La cabecera no tiene la columna {column}.</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="145"/>
        <source>This document is already registered.</source>
        <translation>Este documento ya está registrado.</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="147"/>
        <source>This document is also on line {other} of the file.</source>
        <translation>Este documento también está en la línea {other} del archivo.</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="33"/>
        <source>Write the member&apos;s question (1 to 2000 characters).</source>
        <translation>Escribe la pregunta del socio (de 1 a 2000 caracteres).</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="54"/>
        <source>Nothing changes: the contact data are the same.</source>
        <translation>No cambia nada: los datos de contacto son los mismos.</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="61"/>
        <source>The member asks: {question}</source>
        <translation>El socio pregunta: {question}</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="62"/>
        <source>Write the answer as the reason: approving records it as answered.</source>
        <translation>Escribe la respuesta como motivo: al aprobar queda registrada como respondida.</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="72"/>
        <source>{field}: {old} -&gt; {new}</source>
        <translation>{field}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="88"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="89"/>
        <source>Change of contact data</source>
        <translation>Cambio de datos de contacto</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="28"/>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="28"/>
        <source>Leaving</source>
        <translation>Baja en curso</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="29"/>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="29"/>
        <source>Left</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="100"/>
        <source>This document is already registered (member {number}).</source>
        <translation>Este documento ya está registrado (socio {number}).</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="216"/>
        <source>A person cannot become an organisation or the other way round: register the other as a new member.</source>
        <translation>Una persona no puede convertirse en organización ni al revés: da de alta al otro como socio nuevo.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="245"/>
        <source>Type the new account.</source>
        <translation>Escribe la cuenta nueva.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="247"/>
        <source>This is already the member&apos;s account.</source>
        <translation>Esta ya es la cuenta del socio.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="265"/>
        <source>Change the bank account of {name} (member {number})</source>
        <translation>Cambiar la cuenta bancaria de {name} (socio {number})</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="267"/>
        <source>from {before}</source>
        <translation>Cuenta actual: {before}</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="267"/>
        <source>to {after}</source>
        <translation>Cuenta nueva: {after}</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="281"/>
        <source>Change of bank account</source>
        <translation>Cambio de cuenta bancaria</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="291"/>
        <source>Only organisations have representatives.</source>
        <translation>Solo las organizaciones tienen representantes.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="293"/>
        <source>A representative must be a person.</source>
        <translation>Un representante debe ser una persona.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="295"/>
        <source>Say in what capacity the person acts (1 to 40 characters).</source>
        <translation>Indica en calidad de qué actúa la persona (de 1 a 40 caracteres).</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="25"/>
        <source>Waiting for the first code</source>
        <translation>A la espera del primer código</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="26"/>
        <source>Locked after wrong codes</source>
        <translation>Bloqueado tras códigos erróneos</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="26"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="74"/>
        <source>Member {number} is {status}: no authenticator.</source>
        <translation>El socio {number} está en estado {status}: no puede tener autenticador.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="109"/>
        <source>Wrong code, the fifth in a row: the authenticator is locked. Enrol it again at the counter.</source>
        <translation>Código erróneo, el quinto seguido: el autenticador está bloqueado. Hay que volver a darlo de alta en ventanilla.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="111"/>
        <source>That code is wrong or was used already ({left} tries left).</source>
        <translation>Ese código es erróneo o ya se ha usado (quedan {left} intentos).</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="120"/>
        <source>There is no enrolment waiting for its first code.</source>
        <translation>No hay ningún autenticador a la espera de su primer código.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="142"/>
        <source>The member&apos;s authenticator is locked after wrong codes: enrol it again before this operation.</source>
        <translation>El autenticador del socio está bloqueado tras códigos erróneos: vuelve a darlo de alta antes de esta operación.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="145"/>
        <source>The member has an authenticator: type the code it shows now.</source>
        <translation>El socio tiene un autenticador: escribe el código que muestra ahora.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="165"/>
        <source>The member has no authenticator.</source>
        <translation>El socio no tiene autenticador.</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="64"/>
        <source>Online access letter</source>
        <translation>Carta de acceso en línea</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="85"/>
        <source>Message {id} is not in the outbox.</source>
        <translation>El mensaje {id} no está en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="94"/>
        <source>Only a failed message can be retried; this one is {status}.</source>
        <translation>Solo se puede reintentar un mensaje fallido; este está en estado «{status}».</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="111"/>
        <source>Say why the message is cancelled.</source>
        <translation>Indica por qué se cancela el mensaje.</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="115"/>
        <source>This message is {status}: it cannot be cancelled.</source>
        <translation>Este mensaje está en estado «{status}»: no se puede cancelar.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="60"/>
        <source>Register the member&apos;s external account first.</source>
        <translation>Registra primero la cuenta externa del socio.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="62"/>
        <source>The signature date cannot be in the future.</source>
        <translation>La fecha de firma no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="111"/>
        <source>A periodic contribution is taken by direct debit or from savings.</source>
        <translation>Una aportación periódica se cobra por adeudo directo o desde el ahorro.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="119"/>
        <source>Only an active member contributes periodically (the mandatory contribution comes first).</source>
        <translation>Solo un socio activo aporta periódicamente (primero va la aportación obligatoria).</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="132"/>
        <source>There is no active periodic contribution {id}.</source>
        <translation>No hay ninguna aportación periódica activa {id}.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="157"/>
        <source>{amount} on day {day}, {frequency}</source>
        <translation>{amount} el día {day}, {frequency}</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="163"/>
        <source>by direct debit from the external account</source>
        <translation>por adeudo en la cuenta externa</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="164"/>
        <source>from a savings account</source>
        <translation>desde una cuenta de ahorro</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="165"/>
        <source>New periodic voluntary contribution: {schedule}, {how}.</source>
        <translation>Nueva aportación voluntaria periódica: {schedule}, {how}.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="189"/>
        <source>Periodic contribution {id} becomes {schedule}.</source>
        <translation>La aportación periódica {id} pasa a ser {schedule}.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="203"/>
        <source>Periodic contribution {id} is cancelled.</source>
        <translation>Se cancela la aportación periódica {id}.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="238"/>
        <source>Periodic contributions: {posted} taken, {failed} failed (see each member&apos;s capital).</source>
        <translation>Aportaciones periódicas: {posted} cobradas, {failed} fallidas (ver el capital de cada socio).</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="242"/>
        <source>Periodic contribution</source>
        <translation>Aportación periódica</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="243"/>
        <source>Change of a periodic contribution</source>
        <translation>Cambio de una aportación periódica</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="244"/>
        <source>Cancellation of a periodic contribution</source>
        <translation>Cancelación de una aportación periódica</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="245"/>
        <source>Taking the periodic contributions</source>
        <translation>Cobrando las aportaciones periódicas</translation>
    </message>
    <message>
        <location filename="../app/services/petition_forms.py" line="42"/>
        <location filename="../app/services/petitions.py" line="144"/>
        <location filename="../app/services/petitions.py" line="243"/>
        <source>Petition {id} does not exist.</source>
        <translation>La petición {id} no existe.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="27"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="27"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="27"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="28"/>
        <source>Executed</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="78"/>
        <source>Unknown petition kind {kind}.</source>
        <translation>Tipo de petición desconocido: {kind}.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="126"/>
        <source>The member confirmed it with the code of their authenticator.</source>
        <translation>El socio la ha confirmado con el código de su autenticador.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="127"/>
        <source>The member signs the printed petition form.</source>
        <translation>El socio firma el formulario impreso de la petición.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="146"/>
        <source>Petition {id} is already {status}.</source>
        <translation>La petición {id} ya está en estado «{status}».</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="154"/>
        <source>You filed this petition, so you cannot approve it: another supervisor must.</source>
        <translation>Presentaste tú esta petición, así que no puedes aprobarla: debe hacerlo otro supervisor.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="173"/>
        <source>Say why the petition is rejected.</source>
        <translation>Indica por qué se rechaza la petición.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="177"/>
        <source>You filed this petition: cancel it instead.</source>
        <translation>Presentaste tú esta petición: cancélala en su lugar.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="188"/>
        <source>Say why the petition is cancelled.</source>
        <translation>Indica por qué se cancela la petición.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="210"/>
        <source>{user} is not a supervisor and cannot approve this.</source>
        <translation>{user} no es supervisor y no puede aprobar esto.</translation>
    </message>
    <message>
        <location filename="../app/services/pg_tools.py" line="33"/>
        <source>Backups of a PostgreSQL ledger need {tool} from the PostgreSQL client tools, of the server&apos;s major version or newer. Install them (Debian: apt-get install postgresql-client) or point VENTANILLA_PG_BIN at their folder.</source>
        <translation>Las copias de seguridad de una contabilidad PostgreSQL necesitan {tool}, de las herramientas cliente de PostgreSQL, de la versión principal del servidor o posterior. Instálalas (Debian: apt-get install postgresql-client) o indica su carpeta en VENTANILLA_PG_BIN.</translation>
    </message>
    <message>
        <location filename="../app/services/pg_tools.py" line="53"/>
        <source>{tool} failed: {error}</source>
        <translation>{tool} ha fallado: {error}</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="25"/>
        <source>Reversal of a cash deposit</source>
        <translation>Anulación de un ingreso en efectivo</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="26"/>
        <source>Reversal of a cash withdrawal</source>
        <translation>Anulación de un reintegro en efectivo</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="27"/>
        <source>Drawer closing</source>
        <translation>Cierre de caja</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="27"/>
        <source>Drawer opening float</source>
        <translation>Fondo de apertura de caja</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="28"/>
        <source>Drawer to vault</source>
        <translation>De caja a bóveda</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="28"/>
        <source>Vault to drawer</source>
        <translation>De bóveda a caja</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="29"/>
        <source>Drawer over/short</source>
        <translation>Sobrante/faltante de caja</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="30"/>
        <source>Mandatory capital contribution in cash</source>
        <translation>Aportación obligatoria al capital en efectivo</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="31"/>
        <source>Mandatory capital contribution from savings</source>
        <translation>Aportación obligatoria al capital desde el ahorro</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="32"/>
        <source>Voluntary capital contribution in cash</source>
        <translation>Aportación voluntaria al capital en efectivo</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="33"/>
        <source>Voluntary capital contribution from savings</source>
        <translation>Aportación voluntaria al capital desde el ahorro</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="34"/>
        <location filename="../app/services/refunds.py" line="151"/>
        <source>Refund of voluntary capital by transfer</source>
        <translation>Reembolso de capital voluntario por transferencia</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="35"/>
        <location filename="../app/services/refunds.py" line="154"/>
        <source>Refund of voluntary capital to savings</source>
        <translation>Reembolso de capital voluntario al ahorro</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="37"/>
        <source>Remuneration of voluntary capital, capitalised</source>
        <translation>Remuneración del capital voluntario, capitalizada</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="38"/>
        <source>Remuneration of voluntary capital, paid by transfer</source>
        <translation>Remuneración del capital voluntario, pagada por transferencia</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="39"/>
        <source>Mandatory capital contribution by direct debit</source>
        <translation>Aportación obligatoria al capital por adeudo directo</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="40"/>
        <source>Voluntary capital contribution by direct debit</source>
        <translation>Aportación voluntaria al capital por adeudo directo</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="41"/>
        <source>Returned direct debit</source>
        <translation>Adeudo devuelto</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="42"/>
        <source>Loan disbursement into savings</source>
        <translation>Desembolso de préstamo en cuenta de ahorro</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="43"/>
        <source>Loan disbursement by transfer</source>
        <translation>Desembolso de préstamo por transferencia</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="44"/>
        <source>Loan disbursement in cash</source>
        <translation>Desembolso de préstamo en efectivo</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="45"/>
        <source>Loan repayment in cash</source>
        <translation>Pago de préstamo en efectivo</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="46"/>
        <source>Loan repayment from savings</source>
        <translation>Pago de préstamo con cargo a cuenta de ahorro</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="78"/>
        <source>This institution has no savings accounts: refund to the member&apos;s external account.</source>
        <translation>Esta entidad no tiene cuentas de ahorro: reembolsa a la cuenta externa del socio.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="91"/>
        <source>Refund to the external account or to a savings account.</source>
        <translation>Reembolsa a la cuenta externa o a una cuenta de ahorro.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="95"/>
        <source>Only an active member&apos;s voluntary capital is refunded; leaving membership settles the rest.</source>
        <translation>Solo se reembolsa el capital voluntario de un socio activo; la baja liquida el resto.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="101"/>
        <source>The member has no registered external account: register it first (Change bank account).</source>
        <translation>El socio no tiene cuenta externa registrada: regístrala primero (Cambiar la cuenta bancaria).</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="108"/>
        <source>At most {available} of voluntary capital can be refunded (voluntary capital {voluntary}, other refunds waiting {pending}).</source>
        <translation>Como máximo se pueden reembolsar {available} de capital voluntario (capital voluntario {voluntary}, otros reembolsos pendientes {pending}).</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="121"/>
        <source>Refund {amount} of voluntary capital by transfer to the external account {account}.</source>
        <translation>Reembolsar {amount} de capital voluntario por transferencia a la cuenta externa {account}.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="125"/>
        <source>Refund {amount} of voluntary capital to savings account {account}.</source>
        <translation>Reembolsar {amount} de capital voluntario a la cuenta de ahorro {account}.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="129"/>
        <source>Voluntary capital now {voluntary}; other refunds waiting {pending}.</source>
        <translation>Capital voluntario actual {voluntary}; otros reembolsos pendientes {pending}.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="147"/>
        <source>The voluntary capital is now {voluntary}: it no longer covers this refund of {amount}.</source>
        <translation>El capital voluntario es ahora {voluntary}: ya no cubre este reembolso de {amount}.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="169"/>
        <source>Refund of voluntary capital</source>
        <translation>Reembolso de capital voluntario</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="71"/>
        <source>Type the rate as a percentage, e.g. 1,5.</source>
        <translation>Escribe el tipo como porcentaje, p. ej. 1,5.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="73"/>
        <source>Use a rate from 0 to {maximum} %.</source>
        <translation>Usa un tipo de 0 a {maximum} %.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="76"/>
        <source>The remuneration of {year} has been run: its rate cannot change.</source>
        <translation>La remuneración de {year} ya se ha ejecutado: su tipo no puede cambiar.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="98"/>
        <source>Choose to capitalise the return or to have it paid.</source>
        <translation>Elige capitalizar el rendimiento o cobrarlo.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="104"/>
        <source>The member has no registered external account to pay the return to.</source>
        <translation>El socio no tiene cuenta externa registrada a la que pagar el rendimiento.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="124"/>
        <source>Set the rate of {year} first (Administration, Capital returns).</source>
        <translation>Fija primero el tipo de {year} (Administración, Rendimientos del capital).</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="161"/>
        <source>The remuneration of {year} is dated 31 December: run it from that business date on.</source>
        <translation>La remuneración de {year} tiene fecha de 31 de diciembre: ejecútala a partir de esa fecha contable.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="169"/>
        <location filename="../app/services/remuneration.py" line="177"/>
        <location filename="../app/services/remuneration.py" line="186"/>
        <source>The remuneration of {year} has already been run.</source>
        <translation>La remuneración de {year} ya se ha ejecutado.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="191"/>
        <source>Remuneration of voluntary capital</source>
        <translation>Remuneración del capital voluntario</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="96"/>
        <source>The key is protected by a passphrase: give it.</source>
        <translation>La clave está protegida con una frase de contraseña: indícala.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="104"/>
        <source>Restore into a SQLite file, not into memory.</source>
        <translation>Restaura en un archivo SQLite, no en memoria.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="135"/>
        <source>Cannot open the target database: {error}</source>
        <translation>No se puede abrir la base de datos de destino: {error}</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="172"/>
        <source>The target ledger is open on another desk or program: close it everywhere, then restore.</source>
        <translation>La contabilidad de destino está abierta en otro terminal o programa: ciérrala en todas partes y luego restaura.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="184"/>
        <source>The target already holds the ledger of {institution} ({ledger_id}). To replace it, restore with --overwrite (and take a backup of it first).</source>
        <translation>El destino ya contiene la contabilidad de {institution} ({ledger_id}). Para sustituirla, restaura con --overwrite (y antes haz una copia de seguridad de ella).</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="188"/>
        <source>The target holds data that is not a Ventanilla ledger. To replace it, restore with --overwrite.</source>
        <translation>El destino contiene datos que no son una contabilidad de Ventanilla. Para sustituirlos, restaura con --overwrite.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="201"/>
        <source>Replacing the ledger of {institution} needs one of its administrators to sign in (--user NAME).</source>
        <translation>Para sustituir la contabilidad de {institution} debe entrar uno de sus administradores (--user NOMBRE).</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="221"/>
        <source>This key belongs to another ledger ({other}), not to the backup&apos;s ({this}).</source>
        <translation>Esta clave es de otra contabilidad ({other}), no de la de la copia de seguridad ({this}).</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="231"/>
        <source>The key in this backup belongs to another ledger ({other}), not to the backup&apos;s ({this}).</source>
        <translation>La clave de esta copia de seguridad es de otra contabilidad ({other}), no de la de la copia ({this}).</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="235"/>
        <source>The institution key of this ledger ({ledger_id}) is not installed on this desk and the backup does not carry it: give its exported key with --key FILE.</source>
        <translation>La clave de la entidad de esta contabilidad ({ledger_id}) no está instalada en este terminal y la copia de seguridad no la incluye: indica su clave exportada con --key FILE.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="249"/>
        <source>The restored ledger is {found}, the manifest says {expected}.</source>
        <translation>La contabilidad restaurada es {found}; el manifiesto indica {expected}.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="252"/>
        <source>The restored audit chain ends at row {seq}, the manifest says row {expected}.</source>
        <translation>La cadena de auditoría restaurada termina en la fila {seq}; el manifiesto indica la fila {expected}.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="256"/>
        <source>The restored ledger has {members} members and {entries} entries, the manifest says {m_members} and {m_entries}.</source>
        <translation>La contabilidad restaurada tiene {members} socios y {entries} asientos; el manifiesto indica {m_members} y {m_entries}.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="290"/>
        <source>The restored copy does not verify; the target was left as it was:</source>
        <translation>La copia restaurada no se verifica; el destino se ha dejado como estaba:</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="296"/>
        <source>The restored copy was not closed cleanly; try again.</source>
        <translation>La copia restaurada no se cerró correctamente; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="318"/>
        <source>The restored ledger does not verify (the database now holds this copy of the backup):</source>
        <translation>La contabilidad restaurada no se verifica (la base de datos contiene ahora esta copia de la copia de seguridad):</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="337"/>
        <source>This is a backup of a {engine} ledger: restore it into a {engine} database, not into {target}.</source>
        <translation>Es una copia de seguridad de una contabilidad {engine}: restáurala en una base de datos {engine}, no en {target}.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="35"/>
        <source>Say why the operation must be reversed.</source>
        <translation>Indica por qué hay que anular la operación.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="39"/>
        <source>This entry is itself a reversal.</source>
        <translation>Este asiento ya es una anulación.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="41"/>
        <source>This operation has already been reversed.</source>
        <translation>Esta operación ya está anulada.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="45"/>
        <source>A reversal of this operation is already waiting for approval.</source>
        <translation>Ya hay una anulación de esta operación esperando aprobación.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="56"/>
        <source>Reverse {description} of {date} (entry {id}): {reason}</source>
        <translation>Anular «{description}» del {date} (asiento {id}): {reason}</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="61"/>
        <source>{account} {name}: {amount}</source>
        <translation>{account} {name}: {amount}</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="84"/>
        <source>Reversal of an operation</source>
        <translation>Anulación de una operación</translation>
    </message>
    <message>
        <location filename="../app/services/settings.py" line="44"/>
        <source>Unknown setting {key}.</source>
        <translation>Ajuste desconocido: {key}.</translation>
    </message>
    <message>
        <location filename="../app/services/settings.py" line="99"/>
        <source>Name the operation (1 to 40 characters).</source>
        <translation>Pon nombre a la operación (de 1 a 40 caracteres).</translation>
    </message>
    <message>
        <location filename="../app/services/settings.py" line="102"/>
        <source>Fees cannot be negative.</source>
        <translation>Las comisiones no pueden ser negativas.</translation>
    </message>
    <message>
        <location filename="../app/services/settings.py" line="104"/>
        <source>The maximum fee is below the minimum.</source>
        <translation>La comisión máxima es inferior a la mínima.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/accounting_parts.py" line="87"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/accounting_parts.py" line="99"/>
        <source>The file could not be saved: %1</source>
        <translation>No se ha podido guardar el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="23"/>
        <source>just now</source>
        <translation>un momento</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals_filters.py" line="25"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals_filters.py" line="27"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals_filters.py" line="28"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_dialogs.py" line="45"/>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motivo (obligatorio)</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_dialogs.py" line="48"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_dialogs.py" line="69"/>
        <source>Write the reason first.</source>
        <translation>Primero escribe el motivo.</translation>
    </message>
    <message>
        <location filename="../app/ui/i18n.py" line="48"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="14"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="15"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="16"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="18"/>
        <source>Joint holder</source>
        <translation>Cotitular</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="19"/>
        <source>Authorised signatory</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_print.py" line="21"/>
        <source>Petition %1</source>
        <translation>Petición %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_print.py" line="27"/>
        <source>Print the petition f&amp;orm…</source>
        <translation>Imprimir el &amp;formulario de la petición…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="226"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="22"/>
        <source>Cédula</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="23"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="25"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="26"/>
        <source>Dormant</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="27"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="29"/>
        <source>This institution has no savings accounts, so there are no cash deposits or withdrawals at the counter.</source>
        <translation>Esta entidad no tiene cuentas de ahorros, así que no hay ingresos ni reintegros en efectivo en ventanilla.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="126"/>
        <source>Your cash drawer is not open: open it on the Drawer page before confirming cash operations.</source>
        <translation>Tu caja no está abierta: ábrela en la página Caja antes de confirmar operaciones en efectivo.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="134"/>
        <location filename="../app/ui/operations/contribution.py" line="151"/>
        <source>Choose a savings account.</source>
        <translation>Elige una cuenta de ahorros.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="166"/>
        <source>%1 hands over %2 in cash, to be credited to their savings account %3.</source>
        <translation>%1 entrega %2 en efectivo para abonar en su cuenta de ahorros %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="168"/>
        <source>%1 hands over %2 in cash, to be credited to savings account %3 of %4.</source>
        <translation>%1 entrega %2 en efectivo para abonar en la cuenta de ahorros %3 de %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="174"/>
        <source>%1 received in cash and credited to account %2. New balance: %3.</source>
        <translation>%1 recibidos en efectivo y abonados en la cuenta %2. Nuevo saldo: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="187"/>
        <source>%1 takes %2 in cash from their savings account %3.</source>
        <translation>%1 retira %2 en efectivo de su cuenta de ahorros %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="189"/>
        <source>%1 takes %2 in cash from savings account %3 of %4.</source>
        <translation>%1 retira %2 en efectivo de la cuenta de ahorros %3 de %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="195"/>
        <source>Total taken from the account</source>
        <translation>Total retirado de la cuenta</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="200"/>
        <source>%1 paid out in cash from account %2. New balance: %3.</source>
        <translation>%1 pagados en efectivo de la cuenta %2. Nuevo saldo: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="116"/>
        <source>Capital contribution</source>
        <translation>Aportación al capital</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="164"/>
        <source>%1 pays %2 in cash as %3, to capital account %4 of %5.</source>
        <translation>%1 paga %2 en efectivo como %3, a la cuenta de capital %4 de %5.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="166"/>
        <source>%1 pays %2 by direct debit as %3, to capital account %4 of %5.</source>
        <translation>%1 paga %2 por adeudo directo como %3, a la cuenta de capital %4 de %5.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="168"/>
        <source>%1 pays %2 from savings as %3, to capital account %4 of %5.</source>
        <translation>%1 paga %2 desde el ahorro como %3, a la cuenta de capital %4 de %5.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="174"/>
        <source>%1 contributed to capital account %2. That part of the capital is now %3.</source>
        <translation>%1 aportados a la cuenta de capital %2. Esa parte del capital es ahora %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="62"/>
        <source>Operations:</source>
        <translation>Operaciones:</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="63"/>
        <source>Deposit (F5)</source>
        <translation>Ingreso (F5)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="64"/>
        <source>Withdraw (F6)</source>
        <translation>Reintegro (F6)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="65"/>
        <source>Contribute (F7)</source>
        <translation>Aportar (F7)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="66"/>
        <source>Refund (F8)</source>
        <translation>Reembolsar (F8)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="125"/>
        <location filename="../app/ui/operations/launcher.py" line="147"/>
        <source>Find a member first (F2), then choose the operation.</source>
        <translation>Primero busca un socio (F2) y después elige la operación.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/receipt.py" line="28"/>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Allow {operation} of {amount} on account {account} above the teller&apos;s limit.</source>
        <translation type="vanished">Autorizar «{operation}» de {amount} en la cuenta {account} por encima del límite del cajero.</translation>
    </message>
    <message>
        <source>Post {amount} {kind} to cash over and short.</source>
        <translation type="vanished">Contabilizar {amount} ({kind}) en sobrantes y faltantes de caja.</translation>
    </message>
    <message>
        <source>Print the petition &amp;form…</source>
        <translation type="vanished">Imprimir el &amp;formulario de la petición…</translation>
    </message>
    <message>
        <source>The PIN of {card} is locked after wrong tries: reset it first.</source>
        <translation type="vanished">El PIN de la {card} está bloqueado tras varios intentos fallidos: restablécelo primero.</translation>
    </message>
    <message>
        <source>{amount} is owed on {card}: settle it first.</source>
        <translation type="vanished">Se adeudan {amount} en la {card}: liquida primero la deuda.</translation>
    </message>
    <message>
        <source>{brand} {kind} card {number}</source>
        <translation type="vanished">tarjeta {brand} de {kind} {number}</translation>
    </message>
    <message>
        <source>{card} has no PIN yet: reset it to issue a temporary one.</source>
        <translation type="vanished">La {card} aún no tiene PIN: restablécelo para emitir uno provisional.</translation>
    </message>
    <message>
        <source>{card} is blocked: unblock it before its PIN changes.</source>
        <translation type="vanished">{card} está bloqueada: desbloquéala antes de cambiar su PIN.</translation>
    </message>
    <message>
        <source>{card} is cancelled already.</source>
        <translation type="vanished">La {card} ya está cancelada.</translation>
    </message>
    <message>
        <source>{card} is cancelled: its PIN never changes again.</source>
        <translation type="vanished">{card} está cancelada: su PIN ya no cambia nunca más.</translation>
    </message>
    <message>
        <source>{card} is not active.</source>
        <translation type="vanished">La {card} no está activa.</translation>
    </message>
    <message>
        <source>{card} is not blocked.</source>
        <translation type="vanished">La {card} no está bloqueada.</translation>
    </message>
    <message>
        <source>{card} is not cancelled: cancel it first (a member with a card cannot leave).</source>
        <translation type="vanished">{card} no está cancelada: cancélala antes (un socio con una tarjeta no puede darse de baja).</translation>
    </message>
    <message>
        <source>{card} is still {status}: cancel it first (a member with a card cannot leave).</source>
        <translation type="vanished">La {card} sigue en estado «{status}»: cancélala primero (un socio con una tarjeta no puede darse de baja).</translation>
    </message>
    <message>
        <source>{card} is {status}: its PIN cannot change.</source>
        <translation type="vanished">La {card} está en estado «{status}»: su PIN no se puede cambiar.</translation>
    </message>
</context>
</TS>
