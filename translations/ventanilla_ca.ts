<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES" sourcelanguage="en">
<context>
    <name>AccessTab</name>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="72"/>
        <source>Online banking</source>
        <translation>Banca en línia</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="73"/>
        <source>Authenticator (one-time codes)</source>
        <translation>Autenticador (codis d&apos;un sol ús)</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="74"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voca…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="75"/>
        <source>Remove the aut&amp;henticator…</source>
        <translation>Elimina l&apos;au&amp;tenticador…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="95"/>
        <source>No online access yet.</source>
        <translation>Encara no té accés en línia.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="97"/>
        <source>%1 · user name %2</source>
        <translation>%1 · nom d&apos;usuari %2</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="100"/>
        <source>key valid until %1</source>
        <translation>clau vàlida fins al %1</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="102"/>
        <location filename="../app/ui/access/access_tab.py" line="109"/>
        <source>since %1</source>
        <translation>des del %1</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="104"/>
        <source>Issue the &amp;key…</source>
        <translation>Emet la &amp;clau…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="104"/>
        <source>Reissue the &amp;key…</source>
        <translation>Torna a emetre la &amp;clau…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="107"/>
        <source>None: the member signs the printed forms.</source>
        <translation>Cap: el soci signa els formularis impresos.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="111"/>
        <source>En&amp;rol again…</source>
        <translation>Torna a donar d&apos;&amp;alta…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="111"/>
        <source>En&amp;rol…</source>
        <translation>Dona d&apos;&amp;alta…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="132"/>
        <source>Revoke online access</source>
        <translation>Revoca l&apos;accés en línia</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="133"/>
        <source>Why is the member&apos;s online access revoked?</source>
        <translation>Per què es revoca l&apos;accés en línia del soci?</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="142"/>
        <source>Online access revoked.</source>
        <translation>Accés en línia revocat.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="148"/>
        <source>Remove the authenticator</source>
        <translation>Elimina l&apos;autenticador</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="149"/>
        <source>Remove the member&apos;s authenticator? Its codes stop working and the member signs the printed forms until they enrol again.</source>
        <translation>Vols eliminar l&apos;autenticador del soci? Els seus codis deixaran de funcionar i el soci signarà els formularis impresos fins que el tornin a donar d&apos;alta.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/access_tab.py" line="161"/>
        <source>Authenticator removed.</source>
        <translation>Autenticador eliminat.</translation>
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
        <translation>&amp;Operacions</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="50"/>
        <source>&amp;Go</source>
        <translation>&amp;Vés</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="65"/>
        <source>&amp;Find member</source>
        <translation>C&amp;erca un soci</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="66"/>
        <source>Go to the member search field</source>
        <translation>Vés al camp de cerca de socis</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="67"/>
        <source>&amp;New member…</source>
        <translation>&amp;Nou soci…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="68"/>
        <source>Register a new member</source>
        <translation>Dona d&apos;alta un soci nou</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="70"/>
        <source>Change &amp;password…</source>
        <translation>Canvia la &amp;contrasenya…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="71"/>
        <source>Replace your password with a new one</source>
        <translation>Substitueix la teva contrasenya per una de nova</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="73"/>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Bloqueja el terminal</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="74"/>
        <source>Hide everything until you sign in again</source>
        <translation>Ho amaga tot fins que tornis a entrar</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="78"/>
        <source>&amp;Counter</source>
        <translation>&amp;Finestreta</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="79"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Aprovacions</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="81"/>
        <source>Cash d&amp;rawer</source>
        <translation>&amp;Caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="82"/>
        <source>&amp;End of day</source>
        <translation>&amp;Tancament del dia</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="84"/>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministració</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="85"/>
        <source>Institution, branches, staff, settings, holidays, accounting, import, backup</source>
        <translation>Entitat, oficines, personal, paràmetres, festius, comptabilitat, importació, còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="87"/>
        <source>Cash &amp;deposit…</source>
        <translation>&amp;Ingrés en efectiu…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="88"/>
        <source>Take cash into a savings account of the member on screen</source>
        <translation>Ingressa efectiu en un compte d&apos;estalvis del soci en pantalla</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="91"/>
        <source>Cash &amp;withdrawal…</source>
        <translation>&amp;Reintegrament en efectiu…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="92"/>
        <source>Pay out cash from a savings account of the member on screen</source>
        <translation>Paga efectiu d&apos;un compte d&apos;estalvis del soci en pantalla</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="95"/>
        <source>Capital &amp;contribution…</source>
        <translation>Aportació al &amp;capital…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="96"/>
        <source>Take a capital contribution (mandatory first, then voluntary) from the member on screen</source>
        <translation>Cobra una aportació al capital (primer l&apos;obligatòria, després voluntàries) del soci en pantalla</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="99"/>
        <source>&amp;Refund of voluntary capital…</source>
        <translation>Reemborsament de capital &amp;voluntari…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="100"/>
        <source>File a petition to refund voluntary capital to the member on screen</source>
        <translation>Presenta una petició de reemborsament de capital voluntari per al soci en pantalla</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../app/ui/admin/page.py" line="90"/>
        <source>Institution</source>
        <translation>Entitat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="92"/>
        <source>Branches</source>
        <translation>Oficines</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="94"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="95"/>
        <source>Settings and fees</source>
        <translation>Paràmetres i comissions</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="97"/>
        <source>Mail server</source>
        <translation>Servidor de correu</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="99"/>
        <source>Holidays</source>
        <translation>Festius</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="101"/>
        <source>Accounting</source>
        <translation>Comptabilitat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="103"/>
        <source>Loan products</source>
        <translation>Productes de préstec</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="105"/>
        <source>Member import</source>
        <translation>Importació de socis</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="107"/>
        <source>Capital returns</source>
        <translation>Rendiments del capital</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="109"/>
        <source>Bank transfers</source>
        <translation>Transferències bancàries</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="111"/>
        <source>Backup</source>
        <translation>Còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/page.py" line="161"/>
        <source>Administration</source>
        <translation>Administració</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../app/ui/approvals_page.py" line="119"/>
        <source>Approvals</source>
        <translation>Aprovacions</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="120"/>
        <source>No petition is waiting.</source>
        <translation>No hi ha cap petició en espera.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="121"/>
        <source>Required to reject; optional to approve</source>
        <translation>Obligatori per rebutjar; opcional per aprovar</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="122"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiu</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="123"/>
        <source>If you approve:</source>
        <translation>Si l&apos;aproves:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="124"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="125"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;butja</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="126"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprova</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="127"/>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="127"/>
        <source>Member</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="128"/>
        <source>Filed by</source>
        <translation>Presentada per</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="128"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="158"/>
        <source>you</source>
        <translation>tu</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="159"/>
        <source>user #%1</source>
        <translation>usuari núm. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals_page.py" line="223"/>
        <source>%n petitions waiting</source>
        <translation>
            <numerusform>%n petició en espera</numerusform>
            <numerusform>%n peticions en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="224"/>
        <source>1 petition waiting</source>
        <translation>1 petició en espera</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="251"/>
        <source>%1 · petition %2</source>
        <translation>%1 · petició %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="253"/>
        <source>Filed by %1, %2 ago</source>
        <translation>Presentada per %1 fa %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="279"/>
        <source>Write why you reject the petition.</source>
        <translation>Escriu per què rebutges la petició.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="291"/>
        <source>Petition %1 approved and carried out: %2</source>
        <translation>Petició %1 aprovada i executada: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_page.py" line="292"/>
        <source>Petition %1 rejected: %2</source>
        <translation>Petició %1 rebutjada: %2</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="vanished">Mostra:</translation>
    </message>
    <message>
        <source>any age</source>
        <translation type="vanished">qualsevol antiguitat</translation>
    </message>
    <message>
        <source>every branch</source>
        <translation type="vanished">totes les oficines</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation type="vanished">tots els tipus</translation>
    </message>
    <message>
        <source>waiting 1 day or more</source>
        <translation type="vanished">esperant 1 dia o més</translation>
    </message>
    <message>
        <source>waiting 1 h or more</source>
        <translation type="vanished">esperant 1 h o més</translation>
    </message>
    <message>
        <source>waiting 1 week or more</source>
        <translation type="vanished">esperant 1 setmana o més</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="119"/>
        <source>Back up the ledger</source>
        <translation>Còpia de seguretat de la comptabilitat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="120"/>
        <source>&amp;Include the institution key, encrypted under a passphrase</source>
        <translation>&amp;Inclou la clau de l&apos;entitat, xifrada amb una frase de pas</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="121"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de pas</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="122"/>
        <source>Re&amp;peat it</source>
        <translation>Re&amp;peteix-la</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="123"/>
        <source>Without the key a backup can only be restored on a desk that has it (or with a key file from &apos;ventanilla key export&apos;).</source>
        <translation>Sense la clau, una còpia només es pot restaurar en un terminal que la tingui (o amb un fitxer de clau de &apos;ventanilla key export&apos;).</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="125"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Fes la còpia ara…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="126"/>
        <source>Restore a backup</source>
        <translation>Restaura una còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="127"/>
        <source>Replaces this ledger with the backup, then checks that every entry balances and the audit chain is intact. Close the other desks of this ledger first; this desk signs out when it is done.</source>
        <translation>Substitueix aquesta comptabilitat per la còpia i comprova després que tots els assentaments quadren i que la cadena d&apos;auditoria és intacta. Tanca abans els altres terminals d&apos;aquesta comptabilitat; aquest terminal tanca la sessió en acabar.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="131"/>
        <source>Passphrase of its &amp;key</source>
        <translation>Frase de pas de la seva &amp;clau</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="132"/>
        <source>only if this desk lacks the key</source>
        <translation>només si aquest terminal no té la clau</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="133"/>
        <source>I understand that the ledger is &amp;replaced</source>
        <translation>Entenc que la comptabilitat se &amp;substitueix</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="134"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaura…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="155"/>
        <source>No backup of this ledger has been taken yet.</source>
        <translation>Encara no s&apos;ha fet cap còpia de seguretat d&apos;aquesta comptabilitat.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="158"/>
        <source>Last backup: %1 by %2, %3 (%4 KB)%5.</source>
        <translation>Darrera còpia: %1, per %2, %3 (%4 KB)%5.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="161"/>
        <source>, with the key</source>
        <translation>, amb la clau</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="163"/>
        <source>The last backup is more than a day old: take one now.</source>
        <translation>La darrera còpia té més d&apos;un dia: fes-ne una ara.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="164"/>
        <source>Take the first backup now.</source>
        <translation>Fes ara la primera còpia de seguretat.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="175"/>
        <source>Passphrase: use at least 8 characters.</source>
        <translation>Frase de pas: fes servir almenys 8 caràcters.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="178"/>
        <source>Passphrase: the two entries differ.</source>
        <translation>Frase de pas: les dues entrades no coincideixen.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="182"/>
        <source>Save the backup</source>
        <translation>Desa la còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="184"/>
        <location filename="../app/ui/admin/backup_panel.py" line="205"/>
        <source>Ventanilla backups (%1)</source>
        <translation>Còpies de Ventanilla (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="195"/>
        <source>Backup written to %1: %2 members, %3 entries, audit chain at row %4.</source>
        <translation>Còpia escrita a %1: %2 socis, %3 assentaments, cadena d&apos;auditoria a la fila %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="204"/>
        <source>Choose the backup to restore</source>
        <translation>Tria la còpia de seguretat que vols restaurar</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/backup_panel.py" line="226"/>
        <source>Restored %1 as of %2: %3 members, %4 entries; the ledger balances and the audit chain is intact. Sign in again.</source>
        <translation>Restaurada %1 a data de %2: %3 socis, %4 assentaments; la comptabilitat quadra i la cadena d&apos;auditoria és intacta. Torna a iniciar la sessió.</translation>
    </message>
</context>
<context>
    <name>BankChangeDialog</name>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="33"/>
        <source>Change the bank account</source>
        <translation>Canvia el compte bancari</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="38"/>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="39"/>
        <source>%1 (member %2). Account now: %3</source>
        <translation>%1 (soci %2). Compte actual: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="49"/>
        <source>&amp;New account</source>
        <translation>Compte &amp;nou</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="51"/>
        <source>&amp;Bank</source>
        <translation>&amp;Banc</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="52"/>
        <source>The new account is used once a supervisor approves the change.</source>
        <translation>El compte nou s&apos;utilitzarà quan un supervisor aprovi el canvi.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="57"/>
        <source>&amp;File the petition</source>
        <translation>&amp;Presenta la petició</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="59"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="115"/>
        <source>Petition %1 filed. The change waits for a supervisor&apos;s approval.</source>
        <translation>Petició %1 presentada. El canvi espera l&apos;aprovació d&apos;un supervisor.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/bank_change.py" line="122"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
</context>
<context>
    <name>BlockCardDialog</name>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="98"/>
        <source>&amp;Why</source>
        <translation>&amp;Motiu</translation>
    </message>
</context>
<context>
    <name>BranchesTab</name>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="77"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="77"/>
        <source>Code</source>
        <translation>Codi</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="77"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="78"/>
        <source>City</source>
        <translation>Localitat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="78"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="78"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="79"/>
        <source>&amp;Address</source>
        <translation>&amp;Adreça</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="80"/>
        <source>C&amp;ity</source>
        <translation>&amp;Localitat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="80"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telèfon</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="82"/>
        <source>&amp;New branch</source>
        <translation>N&amp;ova oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="83"/>
        <source>&amp;Save branch</source>
        <translation>&amp;Desa l&apos;oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="90"/>
        <source>New branch</source>
        <translation>Nova oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="91"/>
        <source>Branch %1</source>
        <translation>Oficina %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="94"/>
        <source>&amp;Close branch</source>
        <translation>Tan&amp;ca l&apos;oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="94"/>
        <source>&amp;Reopen branch</source>
        <translation>&amp;Reobre l&apos;oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="113"/>
        <source>Closed</source>
        <translation>Tancada</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="113"/>
        <source>Open</source>
        <translation>Oberta</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="169"/>
        <source>Branch %1 opened with its own vault and cash accounts.</source>
        <translation>Oficina %1 oberta amb els seus propis comptes de cambra cuirassada i de caixa.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="170"/>
        <source>Branch %1 saved.</source>
        <translation>Oficina %1 desada.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="186"/>
        <source>Branch %1 is open again.</source>
        <translation>L&apos;oficina %1 torna a estar oberta.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/branches_tab.py" line="187"/>
        <source>Branch %1 is closed.</source>
        <translation>L&apos;oficina %1 és tancada.</translation>
    </message>
</context>
<context>
    <name>CancelCardDialog</name>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="135"/>
        <source>&amp;Why</source>
        <translation>&amp;Motiu</translation>
    </message>
</context>
<context>
    <name>CapitalTab</name>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="87"/>
        <source>Mandatory capital</source>
        <translation>Capital obligatori</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="87"/>
        <source>Voluntary capital</source>
        <translation>Capital voluntari</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="88"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="90"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="90"/>
        <source>Movement</source>
        <translation>Moviment</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="90"/>
        <source>Receipt</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="91"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="92"/>
        <source>Yearly return:</source>
        <translation>Rendiment anual:</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="93"/>
        <source>capitalised as voluntary capital</source>
        <translation>capitalitzat com a capital voluntari</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="94"/>
        <source>paid to the external account</source>
        <translation>pagat al compte extern</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="95"/>
        <source>Fiscal &amp;certificate…</source>
        <translation>&amp;Certificat fiscal…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="116"/>
        <source>Saved: the next yearly return is %1.</source>
        <translation>Desat: el proper rendiment anual queda %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="135"/>
        <source>Fiscal certificate %1</source>
        <translation>Certificat fiscal %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="149"/>
        <source>The mandatory contribution of %1 is not paid yet: it comes first, and makes the applicant an active member (F7).</source>
        <translation>L&apos;aportació obligatòria de %1 encara no està pagada: va primer i converteix el sol·licitant en soci actiu (F7).</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="153"/>
        <source>Voluntary contributions can be added at any time (F7).</source>
        <translation>Es poden afegir aportacions voluntàries en qualsevol moment (F7).</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/capital_tab.py" line="166"/>
        <source>No capital movements yet.</source>
        <translation>Encara no hi ha moviments de capital.</translation>
    </message>
</context>
<context>
    <name>CardActionDialog</name>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="47"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="91"/>
        <source>Block the card</source>
        <translation>Bloqueja la targeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="92"/>
        <source>The card stops working at once; no code is needed.</source>
        <translation>La targeta deixa de funcionar immediatament; no cal cap codi.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="93"/>
        <source>&amp;Block now</source>
        <translation>&amp;Bloqueja ara</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="106"/>
        <source>Unblock the card</source>
        <translation>Desbloqueja la targeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="107"/>
        <source>The card works again. The member confirms it with their code, or by signing the form when they have no authenticator.</source>
        <translation>La targeta torna a funcionar. El soci ho confirma amb el seu codi o, si no té autenticador, signant el formulari.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="109"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloqueja</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="129"/>
        <source>Cancel the card</source>
        <translation>Cancel·la la targeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="130"/>
        <source>For good: a cancelled card never works again. A credit card is cancelled once nothing is owed on it.</source>
        <translation>És definitiu: una targeta cancel·lada no torna a funcionar mai. Una targeta de crèdit es cancel·la quan ja no s&apos;hi deu res.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/status_dialogs.py" line="132"/>
        <source>Cancel the &amp;card</source>
        <translation>Cancel·la la &amp;targeta</translation>
    </message>
</context>
<context>
    <name>CardDialogs</name>
    <message>
        <location filename="../app/ui/cards/dialog_parts.py" line="42"/>
        <source>Print the &amp;form to sign…</source>
        <translation>Imprimeix el &amp;formulari per signar…</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../app/ui/cards/model.py" line="14"/>
        <source>No PIN</source>
        <translation>Sense PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="15"/>
        <source>Temporary</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="16"/>
        <source>Chosen</source>
        <translation>Triat</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="17"/>
        <source>Locked</source>
        <translation>Bloquejat</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="19"/>
        <source>Credit</source>
        <translation>Crèdit</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="19"/>
        <source>Debit</source>
        <translation>Dèbit</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="21"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="22"/>
        <source>Blocked</source>
        <translation>Bloquejada</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="23"/>
        <source>Cancelled</source>
        <translation>Cancel·lada</translation>
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
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="33"/>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="34"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="34"/>
        <source>Limit</source>
        <translation>Límit</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="35"/>
        <source>Expires</source>
        <translation>Venciment</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="35"/>
        <source>Owed</source>
        <translation>Deute</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/model.py" line="52"/>
        <source>A temporary PIN: the member changes it before using the card.</source>
        <translation>PIN provisional: el soci el canvia abans de fer servir la targeta.</translation>
    </message>
    <message>
        <source>Chosen by the member</source>
        <translation type="vanished">Triat pel soci</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation type="vanished">Sense emetre</translation>
    </message>
    <message>
        <source>Temporary, to change</source>
        <translation type="vanished">Provisional, per canviar</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="66"/>
        <source>&amp;Block…</source>
        <translation>&amp;Bloqueja…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="66"/>
        <source>&amp;New card…</source>
        <translation>Targeta &amp;nova…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="66"/>
        <source>&amp;Unblock…</source>
        <translation>&amp;Desbloqueja…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="67"/>
        <source>Cancel the car&amp;d…</source>
        <translation>&amp;Cancel·la la targeta…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="67"/>
        <source>Reset the &amp;PIN…</source>
        <translation>R&amp;estableix el PIN…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="68"/>
        <source>The member &amp;changes the PIN…</source>
        <translation>El &amp;soci canvia el PIN…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="71"/>
        <source>This member has no cards.</source>
        <translation>Aquest soci no té targetes.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="116"/>
        <source>Card %1 issued: reset its PIN to give the member a temporary one.</source>
        <translation>Targeta %1 emesa: restableix-ne el PIN per donar-ne un de provisional al soci.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="126"/>
        <source>The member&apos;s new PIN is set.</source>
        <translation>El PIN nou del soci ha quedat establert.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="129"/>
        <source>Card blocked.</source>
        <translation>Targeta bloquejada.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="129"/>
        <source>Card unblocked.</source>
        <translation>Targeta desbloquejada.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/cards_tab.py" line="130"/>
        <source>Card cancelled.</source>
        <translation>Targeta cancel·lada.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the card…</source>
        <translation type="vanished">&amp;Cancel·la la targeta…</translation>
    </message>
</context>
<context>
    <name>CashForm</name>
    <message>
        <location filename="../app/ui/operations/cash.py" line="52"/>
        <source>%1 (the member)</source>
        <translation>%1 (el soci)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="57"/>
        <source>This member has no active savings account.</source>
        <translation>Aquest soci no té cap compte d&apos;estalvis actiu.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="67"/>
        <source>Member</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="69"/>
        <source>Savings &amp;account</source>
        <translation>&amp;Compte d&apos;estalvis</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="73"/>
        <source>Acting at the &amp;counter</source>
        <translation>Persona a la &amp;finestreta</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="76"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Import (%1)</translation>
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
        <translation>Informe mensual d&apos;efectiu</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="117"/>
        <source>The cash operations of the members whose cash in a month reached the reporting threshold, or that carry an origin-of-funds declaration, for the financial intelligence unit (RESU). Saved as a CSV file.</source>
        <translation>Les operacions en efectiu dels socis que en un mes van arribar al llindar de comunicació, o que porten una declaració de l&apos;origen dels fons, per a la unitat d&apos;intel·ligència financera (RESU). Es desa com a fitxer CSV.</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="121"/>
        <source>&amp;Monthly cash report…</source>
        <translation>&amp;Informe mensual d&apos;efectiu…</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="152"/>
        <source>Save the monthly cash report</source>
        <translation>Desa l&apos;informe mensual d&apos;efectiu</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="153"/>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="161"/>
        <source>The report could not be saved: %1</source>
        <translation>No s&apos;ha pogut desar l&apos;informe: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="165"/>
        <source>The cash report of %1 was saved to %2. Operations listed: %3.</source>
        <translation>L&apos;informe d&apos;efectiu de %1 s&apos;ha desat a %2. Operacions incloses: %3.</translation>
    </message>
</context>
<context>
    <name>CollectionsCard</name>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="59"/>
        <source>Direct debits</source>
        <translation>Càrrecs directes</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="60"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="60"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="60"/>
        <source>Member</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="61"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="61"/>
        <source>State</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="62"/>
        <source>Make the &amp;collection file…</source>
        <translation>Genera el fitxer de &amp;càrrecs…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="63"/>
        <source>the bank&apos;s reason, for a returned debit</source>
        <translation>el motiu del banc, per a un càrrec retornat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="64"/>
        <source>Returned by the bank</source>
        <translation>Retornat pel banc</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="81"/>
        <source>sent to the bank</source>
        <translation>enviat al banc</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="81"/>
        <source>waiting</source>
        <translation>pendent</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="99"/>
        <source>Save the collection file</source>
        <translation>Desa el fitxer de càrrecs</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="103"/>
        <source>Collection file %1: %2 direct debits, %3.</source>
        <translation>Fitxer de càrrecs %1: %2 càrrecs, %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/collections_card.py" line="122"/>
        <source>The direct debit of %1 was returned: the contribution is reversed.</source>
        <translation>El càrrec de %1 s&apos;ha retornat: l&apos;aportació queda anul·lada.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="38"/>
        <source>&amp;Origin of the funds (the member&apos;s declaration)</source>
        <translation>&amp;Origen dels fons (declaració del soci)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="41"/>
        <source>e.g. sale of a vehicle, salary, harvest</source>
        <translation>p. ex., venda d&apos;un vehicle, nòmina, collita</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="45"/>
        <source>Back (Esc)</source>
        <translation>Enrere (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="46"/>
        <source>Confirm (Enter)</source>
        <translation>Confirma (Retorn)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="80"/>
        <source>This operation cannot be done.</source>
        <translation>Aquesta operació no es pot fer.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="100"/>
        <source>Member</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="101"/>
        <source>Acting at the counter</source>
        <translation>Persona a la finestreta</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="102"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="109"/>
        <source>Balance after the operation</source>
        <translation>Saldo després de l&apos;operació</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="141"/>
        <source>Write where the money comes from, as the member declares it.</source>
        <translation>Escriu d&apos;on prové el diner, tal com ho declara el soci.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/confirmation.py" line="148"/>
        <source>A supervisor must type their user name and password to approve this operation.</source>
        <translation>Un supervisor ha d&apos;escriure el seu usuari i la seva contrasenya per aprovar aquesta operació.</translation>
    </message>
    <message>
        <source>This operation cannot be done: %1</source>
        <translation type="vanished">Aquesta operació no es pot fer: %1</translation>
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
        <translation>%1 (el soci)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="61"/>
        <source>Member</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="63"/>
        <source>Contribution</source>
        <translation>Aportació</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="65"/>
        <source>&amp;Paid</source>
        <translation>&amp;Pagament</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="68"/>
        <source>Savings &amp;account</source>
        <translation>&amp;Compte d&apos;estalvis</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="71"/>
        <source>Acting at the &amp;counter</source>
        <translation>Persona a la &amp;finestreta</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="74"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Import (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="87"/>
        <source>Capital now: mandatory %1, voluntary %2.</source>
        <translation>Capital actual: obligatori %1, voluntari %2.</translation>
    </message>
</context>
<context>
    <name>DenominationCount</name>
    <message>
        <location filename="../app/ui/denomination_count.py" line="74"/>
        <source>Notes</source>
        <translation>Bitllets</translation>
    </message>
    <message>
        <location filename="../app/ui/denomination_count.py" line="75"/>
        <source>Coins</source>
        <translation>Monedes</translation>
    </message>
    <message>
        <location filename="../app/ui/denomination_count.py" line="76"/>
        <source>Total counted</source>
        <translation>Total comptat</translation>
    </message>
    <message>
        <location filename="../app/ui/denomination_count.py" line="78"/>
        <source>Pieces of %1</source>
        <translation>Unitats de %1</translation>
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
        <translation>Data comptable %1</translation>
    </message>
    <message>
        <location filename="../app/ui/status_bar.py" line="59"/>
        <source>1 petition waiting</source>
        <translation>1 petició en espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/status_bar.py" line="61"/>
        <source>%n petitions waiting</source>
        <translation>
            <numerusform>%n petició en espera</numerusform>
            <numerusform>%n peticions en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/status_bar.py" line="63"/>
        <source>Backup due (Administration &gt; Backup)</source>
        <translation>Còpia de seguretat pendent (Administració &gt; Còpia de seguretat)</translation>
    </message>
</context>
<context>
    <name>DisburseDialog</name>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="21"/>
        <source>&amp;Disburse</source>
        <translation>&amp;Desemborsa</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="22"/>
        <source>Disbursement of loan %1</source>
        <translation>Desemborsament del préstec %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="26"/>
        <source>%1 for %2: %3 lent, opening fee %4, paid out %5. The schedule runs from today.</source>
        <translation>%1 a favor de %2: import prestat %3, comissió d&apos;obertura %4, import lliurat %5. El calendari de pagaments es calcula a partir d&apos;avui.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="34"/>
        <source>Savings account %1</source>
        <translation>Compte d&apos;estalvi %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="36"/>
        <source>Transfer to %1</source>
        <translation>Transferència a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="38"/>
        <source>Cash from my drawer</source>
        <translation>Efectiu de la meva caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="40"/>
        <source>&amp;Pay to</source>
        <translation>&amp;Pagar a</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="44"/>
        <source>Print the &amp;contract summary…</source>
        <translation>Imprimeix el &amp;resum del contracte…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/disburse_dialog.py" line="55"/>
        <source>Loan %1 disbursed: receipt %2, %3 paid out.</source>
        <translation>S&apos;ha desemborsat el préstec %1: rebut %2, import lliurat %3.</translation>
    </message>
</context>
<context>
    <name>DrawerPage</name>
    <message>
        <location filename="../app/ui/drawer_page.py" line="123"/>
        <source>Cash drawer</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="124"/>
        <source>Your drawer</source>
        <translation>La teva caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="125"/>
        <location filename="../app/ui/drawer_page.py" line="243"/>
        <source>Vault and drawer</source>
        <translation>Cambra cuirassada i caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="126"/>
        <source>Move cash between the branch vault and your drawer. Type the amount, then choose the direction.</source>
        <translation>Traspassa efectiu entre la cambra cuirassada de l&apos;oficina i la teva caixa. Escriu l&apos;import i tria la direcció.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="128"/>
        <source>Vault → drawer</source>
        <translation>Cambra cuirassada → caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="129"/>
        <source>Drawer → vault</source>
        <translation>Caixa → cambra cuirassada</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="130"/>
        <source>Last closing</source>
        <translation>Últim tancament</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="131"/>
        <source>Print closing &amp;report</source>
        <translation>Imprimeix l&apos;&amp;informe de tancament</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="154"/>
        <source>Your drawer is open.</source>
        <translation>La teva caixa és oberta.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="155"/>
        <source>Opening float %1 · drawer account %2 · session %3</source>
        <translation>Fons d&apos;obertura %1 · compte de caixa %2 · sessió %3</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="159"/>
        <source>Your drawer is closed; its difference waits for a supervisor. You can open again once it is settled.</source>
        <translation>La teva caixa és tancada; la diferència espera un supervisor. La podràs tornar a obrir quan es resolgui.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="163"/>
        <source>Your drawer is closed. Count the opening float to open it.</source>
        <translation>La teva caixa és tancada. Compta el fons d&apos;obertura per obrir-la.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="170"/>
        <source>Blind count to close</source>
        <translation>Arqueig cec per tancar</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="171"/>
        <source>Count the opening float</source>
        <translation>Compta el fons d&apos;obertura</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="173"/>
        <source>Count every note and coin in the drawer. The amount the drawer should hold is shown only after you submit the count.</source>
        <translation>Compta tots els bitllets i monedes de la caixa. El que hi hauria d&apos;haver a la caixa només es mostra després d&apos;enviar l&apos;arqueig.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="175"/>
        <source>Count the cash you take from the vault for the day.</source>
        <translation>Compta l&apos;efectiu que agafes de la cambra cuirassada per al dia.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="176"/>
        <source>Close the drawer…</source>
        <translation>Tanca la caixa…</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="177"/>
        <source>Open the drawer</source>
        <translation>Obre la caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="185"/>
        <source>Closed: you counted %1 and the count matches.</source>
        <translation>Tancada: has comptat %1 i l&apos;arqueig quadra.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="186"/>
        <source>over</source>
        <translation>sobrant</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="186"/>
        <source>short</source>
        <translation>faltant</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="188"/>
        <source>You counted %1; the drawer should have held %2. The difference of %3 (%4) waits for a supervisor&apos;s approval.</source>
        <translation>Has comptat %1; la caixa havia de tenir %2. La diferència de %3 (%4) espera l&apos;aprovació d&apos;un supervisor.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="191"/>
        <source>You counted %1; the drawer should have held %2. The difference of %3 (%4) was approved.</source>
        <translation>Has comptat %1; la caixa havia de tenir %2. La diferència de %3 (%4) s&apos;ha aprovat.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="202"/>
        <location filename="../app/ui/drawer_page.py" line="204"/>
        <source>Close the drawer</source>
        <translation>Tanca la caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="203"/>
        <source>Close your drawer with %1 counted?</source>
        <translation>Vols tancar la caixa amb %1 comptats?</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="205"/>
        <source>The count cannot be changed afterwards.</source>
        <translation>L&apos;arqueig no es pot canviar després.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="241"/>
        <source>Move %1 from your drawer to the vault?</source>
        <translation>Vols traspassar %1 de la teva caixa a la cambra cuirassada?</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="242"/>
        <source>Move %1 from the vault to your drawer?</source>
        <translation>Vols traspassar %1 de la cambra cuirassada a la teva caixa?</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="244"/>
        <source>Move</source>
        <translation>Traspassa</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="262"/>
        <source>%1 moved to the vault.</source>
        <translation>%1 traspassats a la cambra cuirassada.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="263"/>
        <source>%1 moved from the vault to your drawer.</source>
        <translation>%1 traspassats de la cambra cuirassada a la teva caixa.</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_page.py" line="291"/>
        <source>Drawer closing report</source>
        <translation>Informe de tancament de caixa</translation>
    </message>
</context>
<context>
    <name>EndOfDayPage</name>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="129"/>
        <source>End of day</source>
        <translation>Tancament del dia</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="130"/>
        <source>Business day</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="131"/>
        <source>Drawers still open</source>
        <translation>Caixes encara obertes</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="132"/>
        <source>Drawer session</source>
        <translation>Sessió de caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="132"/>
        <source>Teller</source>
        <translation>Caixer</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="133"/>
        <source>Every drawer is closed.</source>
        <translation>Totes les caixes són tancades.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="134"/>
        <source>&amp;Force close…</source>
        <translation>Tanca per la &amp;força…</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="135"/>
        <source>Close the day</source>
        <translation>Tanca el dia</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="136"/>
        <source>Checks the ledger, reviews the drawers and moves the business date to the next business day. It can be cancelled between steps and run again to resume.</source>
        <translation>Comprova la comptabilitat, revisa les caixes i passa la data comptable al dia hàbil següent. Es pot cancel·lar entre passos i tornar a executar per continuar.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="139"/>
        <source>&amp;Run end of day</source>
        <translation>Fes el &amp;tancament del dia</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="140"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="141"/>
        <source>&amp;Print day report</source>
        <translation>&amp;Imprimeix l&apos;informe del dia</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="142"/>
        <source>The journal of the closed day and the audit chain head, to print or save</source>
        <translation>El diari del dia tancat i la capçalera de la cadena d&apos;auditoria, per imprimir o desar</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="172"/>
        <source>Business date: %1
Next business date: %2</source>
        <translation>Data comptable: %1
Data comptable següent: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="204"/>
        <source>Close the drawer of %1 (session %2) without a count? The cash it should hold goes back to the vault, sealed, and your reason is recorded.</source>
        <translation>Vols tancar la caixa de %1 (sessió %2) sense arqueig? L&apos;efectiu que hauria de tenir torna precintat a la cambra cuirassada i es registra el teu motiu.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="207"/>
        <source>Force close a drawer</source>
        <translation>Tanca una caixa per la força</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="208"/>
        <source>Force close</source>
        <translation>Tanca per la força</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="242"/>
        <source>Starting…</source>
        <translation>S&apos;està començant…</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="249"/>
        <source>Cancelling after the current step…</source>
        <translation>S&apos;està cancel·lant després del pas en curs…</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="261"/>
        <source>The business day %1 is closed. New business date: %2.
Audit chain head: record %3, %4</source>
        <translation>La jornada del %1 és tancada. Nova data comptable: %2.
Capçalera de la cadena d&apos;auditoria: registre %3, %4</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="266"/>
        <source>Done.</source>
        <translation>Fet.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="270"/>
        <source>Stopped.</source>
        <translation>Aturat.</translation>
    </message>
    <message>
        <location filename="../app/ui/end_of_day_page.py" line="294"/>
        <source>Day report %1</source>
        <translation>Informe del dia %1</translation>
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
        <translation>Substitueix l&apos;autenticador actual del soci: els seus codis deixen de funcionar ara. </translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="35"/>
        <source>The member opens an authenticator app on their phone and scans the code that appears here.</source>
        <translation>El soci obre una aplicació d&apos;autenticació al telèfon i escaneja el codi que apareix aquí.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="37"/>
        <source>&amp;Show the QR code</source>
        <translation>&amp;Mostra el codi QR</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="48"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirma</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="57"/>
        <source>The app&apos;s first c&amp;ode</source>
        <translation>Primer &amp;codi de l&apos;aplicació</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="60"/>
        <source>Print the s&amp;heet…</source>
        <translation>Imprimeix el &amp;full…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location filename="../app/ui/access/enrol_dialog.py" line="122"/>
        <source>The authenticator is active: from now on the member confirms petitions and sensitive operations with its code.</source>
        <translation>L&apos;autenticador està actiu: a partir d&apos;ara el soci confirma les peticions i les operacions sensibles amb el seu codi.</translation>
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
        <translation>Comissions</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="85"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="85"/>
        <source>Fixed</source>
        <translation>Fixa</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="85"/>
        <source>Operation</source>
        <translation>Operació</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="86"/>
        <source>Maximum</source>
        <translation>Màxima</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="86"/>
        <source>Minimum</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="89"/>
        <source>Fixed (%1)</source>
        <translation>Fixa (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="89"/>
        <source>O&amp;peration</source>
        <translation>O&amp;peració</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="90"/>
        <source>Minimum (%1)</source>
        <translation>Mínima (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="90"/>
        <source>Percentage (%)</source>
        <translation>Percentatge (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="91"/>
        <source>Maximum (%1)</source>
        <translation>Màxima (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="91"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="93"/>
        <source>Charge VAT on this fee</source>
        <translation>Aplica l&apos;IVA a aquesta comissió</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="94"/>
        <source>no maximum</source>
        <translation>sense màxim</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="95"/>
        <source>Save &amp;fee</source>
        <translation>Desa la &amp;comissió</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/fees_card.py" line="170"/>
        <source>The fee of %1 was saved.</source>
        <translation>S&apos;ha desat la comissió de %1.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../app/ui/member_file/filing_dialog.py" line="40"/>
        <source>&amp;File the petition</source>
        <translation>&amp;Presenta la petició</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/filing_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/filing_dialog.py" line="120"/>
        <source>The member confirmed it with their code: there is no form to sign.</source>
        <translation>El soci l&apos;ha confirmada amb el seu codi: no hi ha cap formulari per signar.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/filing_dialog.py" line="125"/>
        <source>&amp;Done</source>
        <translation>&amp;Fet</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/ui/app.py" line="132"/>
        <location filename="../app/ui/app.py" line="134"/>
        <source>The ledger could not be opened.</source>
        <translation>No s&apos;ha pogut obrir la comptabilitat.</translation>
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
        <translation>Regió del calendari</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="104"/>
        <source>The whole country</source>
        <translation>Tot el país</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="105"/>
        <source>Apply</source>
        <translation>Aplica</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="106"/>
        <source>Holidays</source>
        <translation>Festius</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="107"/>
        <source>&amp;Year</source>
        <translation>&amp;Any</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="108"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="108"/>
        <source>Holiday</source>
        <translation>Festiu</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="108"/>
        <source>The institution</source>
        <translation>Entitat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="109"/>
        <source>Open / close that day</source>
        <translation>Obre / tanca aquell dia</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="110"/>
        <source>As the calendar says</source>
        <translation>Segons el calendari</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="111"/>
        <source>Name, e.g. the town&apos;s festivity</source>
        <translation>Nom, p. ex., la festa major</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="112"/>
        <source>&amp;Close on this day</source>
        <translation>&amp;Tanca aquest dia</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="134"/>
        <source>Opens (changed here)</source>
        <translation>Oberta (canviat aquí)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="136"/>
        <source>Closed (added here)</source>
        <translation>Tancada (afegit aquí)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="137"/>
        <source>Closed</source>
        <translation>Tancada</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="171"/>
        <source>The calendar now follows the holidays of %1.</source>
        <translation>Ara el calendari segueix els festius de %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="180"/>
        <source>The institution opens on %1.</source>
        <translation>L&apos;entitat obre el dia %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="181"/>
        <location filename="../app/ui/admin/holidays_tab.py" line="199"/>
        <source>The institution is closed on %1.</source>
        <translation>L&apos;entitat tanca el dia %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/holidays_tab.py" line="189"/>
        <source>%1 is as the calendar says again.</source>
        <translation>El dia %1 torna a seguir el calendari.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="45"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="45"/>
        <source>Line</source>
        <translation>Línia</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="45"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/import_preview_model.py" line="45"/>
        <source>Verdict</source>
        <translation>Resultat</translation>
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
        <translation>&amp;Adreça</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="124"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="124"/>
        <source>&amp;Tax ID</source>
        <translation>Identificació &amp;fiscal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="125"/>
        <source>&amp;Postal code</source>
        <translation>Codi &amp;postal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="125"/>
        <source>C&amp;ity</source>
        <translation>&amp;Localitat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="126"/>
        <source>&amp;E-mail</source>
        <translation>Correu &amp;electrònic</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="126"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telèfon</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="127"/>
        <source>&amp;Creditor ID</source>
        <translation>Identificador de &amp;creditor</translation>
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
        <translation>Fitxer de c&amp;obraments</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="129"/>
        <source>T&amp;ransfers file</source>
        <translation>Fitxer de tran&amp;sferències</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="133"/>
        <source>Institution</source>
        <translation>Entitat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="134"/>
        <source>SEPA</source>
        <translation>SEPA</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="135"/>
        <source>For the direct-debit collections (pain.008) and transfers (pain.001) sent to the cooperative&apos;s bank: use the versions your bank accepts.</source>
        <translation>Per als cobraments per domiciliació (pain.008) i les transferències (pain.001) que s&apos;envien al banc de la cooperativa: fes servir les versions que accepti el banc.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="138"/>
        <source>Logo on documents</source>
        <translation>Logotip als documents</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="139"/>
        <source>Printed at the top of receipts, statements and certificates. PNG or JPEG, up to 512 KB.</source>
        <translation>S&apos;imprimeix a la part superior de rebuts, extractes i certificats. PNG o JPEG, fins a 512 KB.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="141"/>
        <source>C&amp;hoose…</source>
        <translation>T&amp;ria…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="142"/>
        <source>Remo&amp;ve</source>
        <translation>Tre&amp;u</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="143"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Desa els canvis</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="175"/>
        <source>Saved. Every desk prints the new details from its next document on.</source>
        <translation>Desat. Cada terminal imprimeix les dades noves a partir del proper document.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="187"/>
        <source>Choose the logo</source>
        <translation>Tria el logotip</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="188"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imatges (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="194"/>
        <source>The file could not be read: %1</source>
        <translation>No s&apos;ha pogut llegir el fitxer: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="207"/>
        <source>The logo was saved.</source>
        <translation>S&apos;ha desat el logotip.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="208"/>
        <source>The logo was removed.</source>
        <translation>S&apos;ha tret el logotip.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/institution_tab.py" line="221"/>
        <source>No logo</source>
        <translation>Sense logotip</translation>
    </message>
</context>
<context>
    <name>IssueCardDialog</name>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="33"/>
        <source>New card for %1</source>
        <translation>Targeta nova per a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="34"/>
        <source>&amp;Debit</source>
        <translation>&amp;Dèbit</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="35"/>
        <source>C&amp;redit</source>
        <translation>C&amp;rèdit</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="61"/>
        <source>Card &amp;number</source>
        <translation>&amp;Número de targeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="61"/>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="62"/>
        <source>&amp;Expiry</source>
        <translation>&amp;Caducitat</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="62"/>
        <source>Draws on &amp;account</source>
        <translation>C&amp;ompte de càrrec</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="63"/>
        <source>Credit &amp;limit</source>
        <translation>&amp;Límit de crèdit</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="66"/>
        <source>Type the number printed on the card, or scan it. Only its first six and last four digits are kept.</source>
        <translation>Escriu el número imprès a la targeta o escaneja&apos;l. Només se&apos;n guarden els sis primers i els quatre últims dígits.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="69"/>
        <source>&amp;Issue the card</source>
        <translation>&amp;Emet la targeta</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/issue_card_dialog.py" line="91"/>
        <source>The member has no open savings account to draw on.</source>
        <translation>El soci no té cap compte d&apos;estalvis obert on vincular-la.</translation>
    </message>
</context>
<context>
    <name>IssueCredentialDialog</name>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="32"/>
        <source>Online banking access for %1</source>
        <translation>Accés a la banca en línia de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="33"/>
        <source>A new registration key replaces the old one: the member&apos;s current key and password stop working now.</source>
        <translation>Una clau de registre nova substitueix l&apos;anterior: la clau i la contrasenya actuals del soci deixen de funcionar ara.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="35"/>
        <source>The member completes the registration online with their document, this key, their external account and a password of their own.</source>
        <translation>El soci completa el registre en línia amb el seu document, aquesta clau, el seu compte extern i una contrasenya pròpia.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="39"/>
        <source>&amp;Print a letter now</source>
        <translation>&amp;Imprimeix una carta ara</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="41"/>
        <source>&amp;E-mail it to %1</source>
        <translation>&amp;Envia-la per correu electrònic a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="42"/>
        <source>E-mail (the member has no address)</source>
        <translation>Correu electrònic (el soci no té adreça)</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="50"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuari</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="51"/>
        <source>Delivery</source>
        <translation>Lliurament</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="59"/>
        <source>Print the &amp;letter…</source>
        <translation>Imprimeix la &amp;carta…</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="62"/>
        <source>&amp;Issue</source>
        <translation>&amp;Emet</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="62"/>
        <source>&amp;Reissue</source>
        <translation>&amp;Torna a emetre</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="101"/>
        <source>User name %1. The key above is valid until %2 and is not shown again: print the letter and hand it to the member.</source>
        <translation>Nom d&apos;usuari %1. La clau de dalt és vàlida fins al %2 i no es torna a mostrar: imprimeix la carta i lliura-la al soci.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="105"/>
        <source>User name %1. The letter with the key (valid until %2) is in the outbox for %3 and goes out with the next dispatch.</source>
        <translation>Nom d&apos;usuari %1. La carta amb la clau (vàlida fins al %2) és a la safata de sortida per a %3 i surt amb el proper enviament.</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="111"/>
        <source>&amp;Done</source>
        <translation>&amp;Fet</translation>
    </message>
    <message>
        <location filename="../app/ui/access/issue_dialog.py" line="121"/>
        <source>Online banking access</source>
        <translation>Accés a la banca en línia</translation>
    </message>
</context>
<context>
    <name>JournalExportCard</name>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="65"/>
        <source>Journal export</source>
        <translation>Exportació del diari</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="66"/>
        <source>Every posting between two business dates, one line each, with its receipt, entry, account and chart code, saved as a CSV file for the accounting program.</source>
        <translation>Tots els apunts entre dues dates comptables, un per línia, amb el rebut, l&apos;assentament, el compte i el codi del pla, desats com a fitxer CSV per al programa de comptabilitat.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="69"/>
        <source>&amp;From</source>
        <translation>&amp;Des de</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="70"/>
        <source>&amp;To</source>
        <translation>&amp;Fins a</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="71"/>
        <source>&amp;Export journal…</source>
        <translation>&amp;Exporta el diari…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="78"/>
        <source>Making the journal…</source>
        <translation>S&apos;està generant el diari…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="102"/>
        <source>Export the journal</source>
        <translation>Exporta el diari</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/journal_export.py" line="109"/>
        <source>The journal from %1 to %2 was saved to %3: %4 lines, one per posting, after the header line.</source>
        <translation>El diari del %1 al %2 s&apos;ha desat a %3: %4 línies, una per apunt, després de la línia de capçalera.</translation>
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
        <translation>L&apos;idioma del terminal; es recorda per al teu usuari</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="20"/>
        <source>Leaving membership</source>
        <translation>Baixa com a soci</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="26"/>
        <source>%1 asks to leave the cooperative. On approval every account is settled and closed:</source>
        <translation>%1 demana la baixa de la cooperativa. En aprovar-la es liquiden i es tanquen tots els comptes:</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="29"/>
        <source>%1 in all, by transfer to %2.</source>
        <translation>%1 en total, per transferència a %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="33"/>
        <source>optional, in the member&apos;s words</source>
        <translation>opcional, amb les paraules del soci</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="35"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiu</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/leave_dialog.py" line="48"/>
        <source>Petition %1 filed: the member is leaving until a supervisor decides it on the Approvals page.</source>
        <translation>Petició %1 presentada: el soci està de baixa en tràmit fins que un supervisor la decideixi a la pàgina Aprovacions.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="vanished">&amp;Fet</translation>
    </message>
    <message>
        <source>&amp;File the petition</source>
        <translation type="vanished">&amp;Presenta la petició</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancel·la</translation>
    </message>
</context>
<context>
    <name>LoanApplicationDialog</name>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="31"/>
        <source>New loan for %1</source>
        <translation>Nou préstec per a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="35"/>
        <source>There are no loan products: an administrator creates them (Administration, Loan products).</source>
        <translation>No hi ha productes de préstec: els ha de crear un administrador (Administració, Productes de préstec).</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="51"/>
        <source>&amp;Product</source>
        <translation>&amp;Producte</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="52"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Import (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="55"/>
        <source>&amp;Term (months)</source>
        <translation>Ter&amp;mini (mesos)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="56"/>
        <source>&amp;Rate (% a year)</source>
        <translation>&amp;Taxa (% anual)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="57"/>
        <source>&amp;Grace on principal</source>
        <translation>&amp;Carència de capital</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="58"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Finalitat</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="78"/>
        <source>Print the &amp;simulation…</source>
        <translation>Imprimeix la &amp;simulació…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="90"/>
        <source>Nothing moves until a supervisor approves it; the loan is then disbursed from the member file.</source>
        <translation>No es fa cap moviment fins que un supervisor aprovi la sol·licitud; després, el préstec es desemborsa des de la fitxa del soci.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="93"/>
        <source>Installment</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="93"/>
        <source>Total interest</source>
        <translation>Total d&apos;interessos</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="94"/>
        <source>Insurance</source>
        <translation>Assegurança</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="94"/>
        <source>Opening fee</source>
        <translation>Comissió d&apos;obertura</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="95"/>
        <source>Effective annual rate</source>
        <translation>Taxa anual equivalent (TAE)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="95"/>
        <source>Total cost of the credit</source>
        <translation>Cost total del crèdit</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="110"/>
        <source>&amp;File the application</source>
        <translation>Prese&amp;nta la sol·licitud</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="180"/>
        <source>Interest</source>
        <translation>Interès</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="180"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="192"/>
        <source>Loan simulation</source>
        <translation>Simulació de préstec</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/application_dialog.py" line="203"/>
        <source>Application %1 filed: a supervisor approves it on the Approvals page.</source>
        <translation>S&apos;ha presentat la sol·licitud %1: un supervisor l&apos;ha d&apos;aprovar a la pàgina Aprovacions.</translation>
    </message>
</context>
<context>
    <name>LoanCounterDialog</name>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="35"/>
        <source>Origin of the funds (the member&apos;s declaration)</source>
        <translation>Origen dels fons (declaració del soci)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="39"/>
        <source>Print the &amp;receipt…</source>
        <translation>Imprimeix el &amp;rebut…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="41"/>
        <source>Print the amortization &amp;table…</source>
        <translation>Imprimeix el &amp;quadre d&apos;amortització…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/counter_dialog.py" line="114"/>
        <source>&amp;Done</source>
        <translation>&amp;Fet</translation>
    </message>
</context>
<context>
    <name>LoanProductsTab</name>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="113"/>
        <source>&amp;Code</source>
        <translation>&amp;Codi</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="113"/>
        <source>&amp;Method</source>
        <translation>&amp;Sistema d&apos;amortització</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="113"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="114"/>
        <source>Rate from (% a year)</source>
        <translation>Taxa mínima (% anual)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="114"/>
        <source>Rate up to (% a year)</source>
        <translation>Taxa màxima (% anual)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="115"/>
        <source>Term from (months)</source>
        <translation>Termini mínim (mesos)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="115"/>
        <source>Term up to (months)</source>
        <translation>Termini màxim (mesos)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="116"/>
        <source>Grace on principal, at most</source>
        <translation>Carència de capital màxima</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="117"/>
        <source>Amount from</source>
        <translation>Import mínim</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="117"/>
        <source>Amount up to</source>
        <translation>Import màxim</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="118"/>
        <source>&amp;Day count</source>
        <translation>&amp;Base de càlcul</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="118"/>
        <source>Insurance (% a month)</source>
        <translation>Assegurança (% mensual)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="119"/>
        <source>Late interest (% a year)</source>
        <translation>Interès de demora (% anual)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="119"/>
        <source>Opening fee (%)</source>
        <translation>Comissió d&apos;obertura (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="120"/>
        <source>Installment multiple</source>
        <translation>Múltiple de la quota</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="120"/>
        <source>Opening fee, fixed</source>
        <translation>Comissió d&apos;obertura fixa</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="121"/>
        <source>A payment settles</source>
        <translation>Ordre d&apos;imputació dels pagaments</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="121"/>
        <source>Due dates</source>
        <translation>Venciments</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="133"/>
        <source>Drag to change the order</source>
        <translation>Arrossegueu per canviar l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="134"/>
        <source>&amp;Offered</source>
        <translation>&amp;Ofert</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="135"/>
        <source>&amp;New product</source>
        <translation>No&amp;u producte</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="136"/>
        <source>&amp;Save product</source>
        <translation>&amp;Desa el producte</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="142"/>
        <source>New loan product</source>
        <translation>Nou producte de préstec</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="143"/>
        <source>Loan product %1</source>
        <translation>Producte de préstec %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/loan_products_tab.py" line="254"/>
        <source>Product %1 saved.</source>
        <translation>S&apos;ha desat el producte %1.</translation>
    </message>
</context>
<context>
    <name>LoanTables</name>
    <message>
        <location filename="../app/ui/loans/models.py" line="28"/>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="28"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="29"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="29"/>
        <source>Principal balance</source>
        <translation>Capital pendent</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="30"/>
        <source>Amount due</source>
        <translation>Import exigible</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="30"/>
        <source>Next payment</source>
        <translation>Pròxim pagament</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="31"/>
        <source>Granted</source>
        <translation>Concedit</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="31"/>
        <location filename="../app/ui/loans/models.py" line="46"/>
        <location filename="../app/ui/loans/models.py" line="73"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="42"/>
        <source>Due date</source>
        <translation>Data de venciment</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="42"/>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="43"/>
        <source>Interest</source>
        <translation>Interès</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="43"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="44"/>
        <source>Insurance</source>
        <translation>Assegurança</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="44"/>
        <source>Late interest</source>
        <translation>Interès de demora</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="45"/>
        <source>Paid</source>
        <translation>Pagat</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="45"/>
        <source>Payment</source>
        <translation>Pagament</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="46"/>
        <source>Owed</source>
        <translation>Pendent</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="70"/>
        <source>Code</source>
        <translation>Codi</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="70"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="71"/>
        <source>Method</source>
        <translation>Sistema d&apos;amortització</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="71"/>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="72"/>
        <source>Amounts</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="72"/>
        <source>Term (months)</source>
        <translation>Termini (mesos)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="81"/>
        <location filename="../app/ui/loans/models.py" line="84"/>
        <source>Offered</source>
        <translation>Ofert</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/models.py" line="81"/>
        <location filename="../app/ui/loans/models.py" line="85"/>
        <source>Withdrawn</source>
        <translation>Retirat</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="44"/>
        <source>Amortization table %1</source>
        <translation>Quadre d&apos;amortització %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="54"/>
        <source>Contract summary %1</source>
        <translation>Resum del contracte %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="131"/>
        <source>&amp;Print amortization table…</source>
        <translation>&amp;Imprimeix el quadre d&apos;amortització…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="132"/>
        <source>&amp;New loan…</source>
        <translation>&amp;Nou préstec…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="133"/>
        <source>&amp;Contract summary…</source>
        <translation>&amp;Resum del contracte…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="134"/>
        <source>Cancel the appro&amp;val…</source>
        <translation>Anul·la l&apos;apro&amp;vació…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="135"/>
        <source>&amp;Disburse…</source>
        <translation>&amp;Desemborsa…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="136"/>
        <source>&amp;Repay…</source>
        <translation>&amp;Paga…</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="137"/>
        <source>This member has no loans.</source>
        <translation>Aquest soci no té préstecs.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="179"/>
        <location filename="../app/ui/loans/loans_tab.py" line="192"/>
        <source>Interest</source>
        <translation>Interès</translation>
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
        <translation>Préstec %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="185"/>
        <source>%1 over %2 months at %3 % nominal; effective annual rate %4 %; total cost of the credit %5.</source>
        <translation>%1 a %2 mesos al %3 % nominal; taxa anual equivalent %4 %; cost total del crèdit %5.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="215"/>
        <source>Cancel loan %1</source>
        <translation>Anul·la el préstec %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="216"/>
        <source>Why is the approved loan cancelled?</source>
        <translation>Per què s&apos;anul·la el préstec aprovat?</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/loans_tab.py" line="226"/>
        <source>The loan was cancelled.</source>
        <translation>El préstec s&apos;ha anul·lat.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../app/ui/login_window.py" line="94"/>
        <source>Opening the ledger…</source>
        <translation>S&apos;està obrint la comptabilitat…</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="100"/>
        <source>Ventanilla</source>
        <translation>Ventanilla</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="102"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuari</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="103"/>
        <source>&amp;Password</source>
        <translation>&amp;Contrasenya</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="104"/>
        <source>Sign in</source>
        <translation>Entra</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="105"/>
        <source>Sign in as another user</source>
        <translation>Entra amb un altre usuari</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="107"/>
        <source>Desk locked</source>
        <translation>Terminal bloquejat</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="108"/>
        <source>%1 is signed in. Type the password to continue.</source>
        <translation>%1 té la sessió oberta. Escriu la contrasenya per continuar.</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="112"/>
        <source>Teller desk</source>
        <translation>Terminal de caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="192"/>
        <source>Type your user name.</source>
        <translation>Escriu el teu usuari.</translation>
    </message>
    <message>
        <location filename="../app/ui/login_window.py" line="196"/>
        <source>Type your password.</source>
        <translation>Escriu la teva contrasenya.</translation>
    </message>
</context>
<context>
    <name>MailServerTab</name>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="97"/>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="97"/>
        <source>Sec&amp;urity</source>
        <translation>Se&amp;guretat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="97"/>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="98"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Contrasenya</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="98"/>
        <source>Sign in &amp;as</source>
        <translation>Iniciar la sessió co&amp;m a</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="99"/>
        <source>Sen&amp;der address</source>
        <translation>&amp;Adreça del remitent</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="105"/>
        <source>No password</source>
        <translation>Sense contrasenya</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="106"/>
        <source>Outgoing mail</source>
        <translation>Correu de sortida</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="107"/>
        <source>The outbox sends the members&apos; e-mails (online access letters, temporary PINs) through this server, from every desk. Leave Sign in as empty for a server that needs no sign-in.</source>
        <translation>La safata de sortida envia els correus electrònics als socis (cartes d&apos;accés en línia, PIN provisionals) a través d&apos;aquest servidor, des de tots els terminals. Deixa buit «Iniciar la sessió com a» si el servidor no demana iniciar la sessió.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="111"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Desa els canvis</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="112"/>
        <source>Test message</source>
        <translation>Missatge de prova</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="113"/>
        <source>Sends one message to this address at once, through the saved server, and shows the server&apos;s answer.</source>
        <translation>Envia a l&apos;instant un missatge a aquesta adreça, a través del servidor desat, i mostra la resposta del servidor.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="116"/>
        <source>Send a &amp;test</source>
        <translation>Envia una &amp;prova</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="122"/>
        <source>Saved: leave empty to keep it</source>
        <translation>Desada: deixa-la buida per conservar-la</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="165"/>
        <source>Saved. The next run of the outbox uses it.</source>
        <translation>Desat. La propera execució de la safata de sortida l&apos;utilitzarà.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/mail_server_tab.py" line="177"/>
        <source>The server took the message for %1.</source>
        <translation>El servidor ha acceptat el missatge per a %1.</translation>
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
        <translation>S&apos;ha canviat la teva contrasenya.</translation>
    </message>
</context>
<context>
    <name>MemberFilePage</name>
    <message>
        <location filename="../app/ui/member_file/page.py" line="103"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Resum</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="104"/>
        <source>&amp;Movements</source>
        <translation>&amp;Moviments</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="105"/>
        <source>C&amp;apital</source>
        <translation>C&amp;apital</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="106"/>
        <source>&amp;Loans</source>
        <translation>&amp;Préstecs</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="107"/>
        <source>&amp;Cards</source>
        <translation>&amp;Targetes</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/page.py" line="108"/>
        <source>&amp;Online access</source>
        <translation>Accés en &amp;línia</translation>
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
        <translation>Escriu la data com a dd/mm/aaaa, per exemple 31/12/1980.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="48"/>
        <source>There is no such date: check the day and the month.</source>
        <translation>Aquesta data no existeix: revisa el dia i el mes.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="46"/>
        <source>Edit member %1</source>
        <translation>Edita el soci %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="47"/>
        <source>New member</source>
        <translation>Nou soci</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="60"/>
        <source>Detect from the number</source>
        <translation>Detecta-ho pel número</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="66"/>
        <source>As on the document; dots and dashes are fine</source>
        <translation>Com al document; s&apos;admeten punts i guionets</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="70"/>
        <source>Politically exposed person (PEP)</source>
        <translation>Persona amb responsabilitat pública (PRP)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="80"/>
        <source>Change bank account…</source>
        <translation>Canvia el compte bancari…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="86"/>
        <source>Identity</source>
        <translation>Identitat</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="87"/>
        <source>Document &amp;type</source>
        <translation>&amp;Tipus de document</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="88"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="89"/>
        <location filename="../app/ui/member_form.py" line="212"/>
        <source>&amp;Given names</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="90"/>
        <source>S&amp;urnames</source>
        <translation>Co&amp;gnoms</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="91"/>
        <source>&amp;Birth date</source>
        <translation>Data de naixe&amp;ment</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="92"/>
        <source>Document &amp;expires</source>
        <translation>Cadu&amp;citat del document</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="93"/>
        <source>Risk</source>
        <translation>Risc</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="95"/>
        <source>&amp;Risk rating</source>
        <translation>Ni&amp;vell de risc</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="96"/>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="97"/>
        <source>&amp;Address</source>
        <translation>&amp;Adreça</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="98"/>
        <source>E-&amp;mail</source>
        <translation>Correu &amp;electrònic</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="99"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;lèfon</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="100"/>
        <source>&amp;Occupation</source>
        <translation>&amp;Ocupació</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="101"/>
        <source>&amp;Source of income</source>
        <translation>Origen dels &amp;ingressos</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="102"/>
        <source>External bank account</source>
        <translation>Compte bancari extern</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="106"/>
        <location filename="../app/ui/member_form.py" line="109"/>
        <source>Ban&amp;k account</source>
        <translation>Com&amp;pte bancari</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="111"/>
        <source>Ba&amp;nk</source>
        <translation>&amp;Banc</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="114"/>
        <source>Register</source>
        <translation>Dona d&apos;alta</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="114"/>
        <source>Save</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="211"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Raó social</translation>
    </message>
</context>
<context>
    <name>MemberHeader</name>
    <message>
        <location filename="../app/ui/member_file/header.py" line="101"/>
        <source>&amp;Edit member</source>
        <translation>&amp;Edita el soci</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="102"/>
        <source>Change &amp;bank account…</source>
        <translation>Canvia el compte &amp;bancari…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="103"/>
        <source>&amp;Leave membership…</source>
        <translation>&amp;Donar de baixa…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="104"/>
        <source>Pe&amp;tition…</source>
        <translation>&amp;Petició…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="105"/>
        <source>Back to search (Esc)</source>
        <translation>Torna a la cerca (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="106"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="106"/>
        <source>Member no.</source>
        <translation>Núm. de soci</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="107"/>
        <source>Bank account</source>
        <translation>Compte bancari</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="107"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="121"/>
        <source>1 petition waiting</source>
        <translation>1 petició en espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/member_file/header.py" line="122"/>
        <source>%n petitions waiting</source>
        <translation>
            <numerusform>%n petició en espera</numerusform>
            <numerusform>%n peticions en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="136"/>
        <source>Representatives: %1</source>
        <translation>Representants: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="137"/>
        <source>No representative registered.</source>
        <translation>No hi ha cap representant registrat.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="139"/>
        <source>Represents: %1</source>
        <translation>Representa: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="143"/>
        <source>%1 of account %2</source>
        <translation>%1 del compte %2</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="145"/>
        <source>Holder of the accounts below.</source>
        <translation>Titular dels comptes següents.</translation>
    </message>
</context>
<context>
    <name>MemberImportPanel</name>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="112"/>
        <source>Import members from a CSV file</source>
        <translation>Importa socis des d&apos;un fitxer CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="114"/>
        <source>One member per row. The first line names the columns: document, given_names and surnames are required; document_type, birth_date, email, phone, address and external_account are optional. Every row is checked first and shown below; nothing is written until you press Import.</source>
        <translation>Un soci per fila. La primera línia dona nom a les columnes: document, given_names i surnames són obligatòries; document_type, birth_date, email, phone, address i external_account són opcionals. Primer es comproven totes les files i es mostren a sota; no s&apos;escriu res fins que premis Importa.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="118"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Tria el fitxer…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="119"/>
        <source>Only rows with &amp;errors</source>
        <translation>Només files amb &amp;errors</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="120"/>
        <source>&amp;Skip invalid rows</source>
        <translation>&amp;Omet les files no vàlides</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="121"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="132"/>
        <source>No file chosen yet.</source>
        <translation>Encara no s&apos;ha triat cap fitxer.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="136"/>
        <source>Rows: %1 · good: %2 · with errors: %3</source>
        <translation>Files: %1 · correctes: %2 · amb errors: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="150"/>
        <source>No row can be imported: correct the file and choose it again.</source>
        <translation>No es pot importar cap fila: corregeix el fitxer i torna&apos;l a triar.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="152"/>
        <source>Rows with errors stop the whole import: correct them and choose the file again, or tick “Skip invalid rows” to import the good ones only.</source>
        <translation>Les files amb errors aturen tota la importació: corregeix-les i torna a triar el fitxer, o marca «Omet les files no vàlides» per importar només les correctes.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="175"/>
        <source>Choose the members file</source>
        <translation>Tria el fitxer de socis</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="176"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fitxers CSV (*.csv);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="188"/>
        <source>The file could not be read: %1</source>
        <translation>No s&apos;ha pogut llegir el fitxer: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="196"/>
        <source>Checking the rows…</source>
        <translation>S&apos;estan comprovant les files…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="206"/>
        <source>This file cannot be imported: %1</source>
        <translation>Aquest fitxer no es pot importar: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="209"/>
        <source>The file holds no member rows.</source>
        <translation>El fitxer no conté files de socis.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="225"/>
        <source>Importing %1 members…</source>
        <translation>S&apos;estan important %1 socis…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="254"/>
        <source>%1 of %2 members imported.</source>
        <translation>%1 de %2 socis importats.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="257"/>
        <source>Rows skipped for their errors: %1.</source>
        <translation>Files omeses per errors: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="263"/>
        <source>Nothing was imported: the file holds no member rows.</source>
        <translation>No s&apos;ha importat res: el fitxer no conté files de socis.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/member_import.py" line="265"/>
        <source>Nothing was imported: %1 rows have errors. The first, on line %2, %3</source>
        <translation>No s&apos;ha importat res: %1 files tenen errors. La primera, a la línia %2, %3</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <location filename="../app/ui/member_search.py" line="93"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="93"/>
        <source>Member no.</source>
        <translation>Núm. de soci</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="93"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="93"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="94"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="97"/>
        <source>Name, document or member number</source>
        <translation>Nom, document o número de soci</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="98"/>
        <source>&amp;Search member (F2)</source>
        <translation>&amp;Cerca un soci (F2)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="99"/>
        <source>New member (Ctrl+N)</source>
        <translation>Nou soci (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="151"/>
        <source>More than %1: keep typing</source>
        <translation>Més de %1: continua escrivint</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="153"/>
        <source>No member matches</source>
        <translation>Cap soci no coincideix</translation>
    </message>
    <message>
        <location filename="../app/ui/member_search.py" line="155"/>
        <source>1 member</source>
        <translation>1 soci</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/member_search.py" line="157"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n soci</numerusform>
            <numerusform>%n socis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberSummary</name>
    <message>
        <location filename="../app/ui/member_summary.py" line="78"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="78"/>
        <source>Member no.</source>
        <translation>Núm. de soci</translation>
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
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="83"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="83"/>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="84"/>
        <source>Available (%1)</source>
        <translation>Saldo disponible (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="84"/>
        <source>Booked (%1)</source>
        <translation>Saldo comptable (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="85"/>
        <location filename="../app/ui/member_summary.py" line="142"/>
        <source>Find a member and press Enter to see the summary here.</source>
        <translation>Cerca un soci i prem Retorn per veure&apos;n aquí el resum.</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <location filename="../app/ui/cash_report.py" line="69"/>
        <source>Monthly cash report</source>
        <translation>Informe mensual d&apos;efectiu</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="70"/>
        <source>Choose the month to report. The report lists its cash operations as the ledger holds them today.</source>
        <translation>Tria el mes de l&apos;informe. L&apos;informe recull les operacions en efectiu tal com consten avui a la comptabilitat.</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="72"/>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="73"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/cash_report.py" line="74"/>
        <source>&amp;Save…</source>
        <translation>&amp;Desa…</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <location filename="../app/ui/movements_model.py" line="51"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="51"/>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="52"/>
        <source>Debit (%1)</source>
        <translation>Càrrec (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="53"/>
        <source>Credit (%1)</source>
        <translation>Abonament (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="54"/>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="55"/>
        <source>Receipt no.</source>
        <translation>Núm. de rebut</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_model.py" line="67"/>
        <source>%1 (reversed)</source>
        <translation>%1 (moviment anul·lat)</translation>
    </message>
</context>
<context>
    <name>MovementsView</name>
    <message>
        <location filename="../app/ui/movements_view.py" line="105"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="105"/>
        <source>&amp;From</source>
        <translation>&amp;Des de</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="106"/>
        <source>&amp;To</source>
        <translation>&amp;Fins a</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="111"/>
        <source>Last 12 months</source>
        <translation>Últims 12 mesos</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="112"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporta a C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="113"/>
        <source>&amp;Statement PDF</source>
        <translation>&amp;Extracte en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="114"/>
        <source>&amp;Reprint receipt</source>
        <translation>&amp;Reimprimeix el rebut</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="212"/>
        <source>No movements in these dates</source>
        <translation>No hi ha moviments en aquestes dates</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="213"/>
        <source>1 movement</source>
        <translation>1 moviment</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/movements_view.py" line="214"/>
        <source>%n movements</source>
        <translation>
            <numerusform>%n moviment</numerusform>
            <numerusform>%n moviments</numerusform>
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
        <translation>Exporta els moviments</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="256"/>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="261"/>
        <source>Exporting…</source>
        <translation>S&apos;està exportant…</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="266"/>
        <source>Saved to %1</source>
        <translation>Desat a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="274"/>
        <source>A statement holds at most %1 movements: choose a shorter period.</source>
        <translation>Un extracte té com a màxim %1 moviments: tria un període més curt.</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="277"/>
        <source>Preparing the statement…</source>
        <translation>S&apos;està preparant l&apos;extracte…</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="279"/>
        <source>Statement of account %1</source>
        <translation>Extracte del compte %1</translation>
    </message>
    <message>
        <location filename="../app/ui/movements_view.py" line="297"/>
        <source>Receipt %1</source>
        <translation>Rebut %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../app/ui/navigation.py" line="81"/>
        <source>Counter</source>
        <translation>Finestreta</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="82"/>
        <source>Approvals (%1)</source>
        <translation>Aprovacions (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="83"/>
        <source>Drawer</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="84"/>
        <source>End of day</source>
        <translation>Tancament del dia</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="85"/>
        <source>Outbox (%1)</source>
        <translation>Safata de sortida (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="86"/>
        <source>Outbox</source>
        <translation>Safata de sortida</translation>
    </message>
    <message>
        <location filename="../app/ui/navigation.py" line="87"/>
        <source>Administration</source>
        <translation>Administració</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="50"/>
        <source>New staff user</source>
        <translation>Nou usuari del personal</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="53"/>
        <source>lowercase, e.g. mgarcia</source>
        <translation>en minúscules, p. ex., mgarcia</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="57"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="57"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuari</translation>
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
        <translation>El terminal genera una contrasenya temporal per al nou usuari; triarà la seva la primera vegada que entri.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="69"/>
        <source>&amp;Create user</source>
        <translation>&amp;Crea l&apos;usuari</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="115"/>
        <source>User %1 created. Hand them this temporary password; it is not shown again:</source>
        <translation>Usuari %1 creat. Lliura-li aquesta contrasenya temporal; no es tornarà a mostrar:</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_dialog.py" line="120"/>
        <source>&amp;Done</source>
        <translation>&amp;Fet</translation>
    </message>
</context>
<context>
    <name>OperationPanel</name>
    <message>
        <location filename="../app/ui/operations/framework.py" line="54"/>
        <source>Cancel (Esc)</source>
        <translation>Cancel·la (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/framework.py" line="55"/>
        <source>Continue (Enter)</source>
        <translation>Continua (Retorn)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/framework.py" line="177"/>
        <source>The supervisor&apos;s approval was refused: %1</source>
        <translation>S&apos;ha denegat l&apos;aprovació del supervisor: %1</translation>
    </message>
</context>
<context>
    <name>OtpCodeField</name>
    <message>
        <location filename="../app/ui/member_file/otp_field.py" line="22"/>
        <source>The member has an authenticator: they read out the code it shows now, instead of signing the form.</source>
        <translation>El soci té un autenticador: diu en veu alta el codi que mostra ara, en lloc de signar el formulari.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/otp_field.py" line="29"/>
        <source>Member&apos;s &amp;code</source>
        <translation>&amp;Codi del soci</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../app/ui/outbox/model.py" line="20"/>
        <source>Member</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="20"/>
        <source>Queued</source>
        <translation>A la cua</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="21"/>
        <source>Message</source>
        <translation>Missatge</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="21"/>
        <source>To</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="22"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="22"/>
        <source>Tries</source>
        <translation>Intents</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="23"/>
        <source>Sent or next try</source>
        <translation>Enviament o proper intent</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/model.py" line="23"/>
        <source>Server&apos;s answer</source>
        <translation>Resposta del servidor</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../app/ui/outbox/page.py" line="89"/>
        <source>Outbox</source>
        <translation>Safata de sortida</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="90"/>
        <source>All</source>
        <translation>Tots</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="90"/>
        <source>Sent</source>
        <translation>Enviats</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="90"/>
        <source>Waiting and failed</source>
        <translation>Pendents i fallits</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="92"/>
        <source>&amp;Send now</source>
        <translation>&amp;Envia ara</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="93"/>
        <source>&amp;Retry</source>
        <translation>&amp;Torna-ho a provar</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="94"/>
        <source>Ca&amp;ncel the message</source>
        <translation>Ca&amp;ncel·la el missatge</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="95"/>
        <source>Why it is cancelled</source>
        <translation>Motiu de la cancel·lació</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="96"/>
        <source>Nothing here.</source>
        <translation>No hi ha res aquí.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="139"/>
        <source>No mail server is set: e-mails wait here until an administrator sets one in Administration, Mail server.</source>
        <translation>No hi ha cap servidor de correu configurat: els correus electrònics esperen aquí fins que un administrador en configuri un a Administració, Servidor de correu.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="142"/>
        <source>E-mails go out through %1:%2 (%3) from %4, every minute from every desk that is open.</source>
        <translation>Els correus electrònics surten a través de %1:%2 (%3) amb el remitent %4, cada minut, des de tots els terminals oberts.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="151"/>
        <source>Sending…</source>
        <translation>S&apos;està enviant…</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="159"/>
        <source>Last run at %1: %2 sent, %3 to retry, %4 failed.</source>
        <translation>Última execució a les %1: %2 enviats, %3 per tornar a provar, %4 fallits.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="162"/>
        <source>Run at %1: no mail server is set, nothing was sent.</source>
        <translation>Execució de les %1: no hi ha cap servidor de correu configurat, no s&apos;ha enviat res.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="164"/>
        <source>The last run at %1 could not finish: %2</source>
        <translation>L&apos;última execució, a les %1, no s&apos;ha pogut acabar: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="204"/>
        <source>It goes out with the next run.</source>
        <translation>Sortirà en la propera execució.</translation>
    </message>
    <message>
        <location filename="../app/ui/outbox/page.py" line="211"/>
        <source>Cancelled: it will not go out.</source>
        <translation>Cancel·lat: no s&apos;enviarà.</translation>
    </message>
</context>
<context>
    <name>OverrideBox</name>
    <message>
        <location filename="../app/ui/override_dialog.py" line="24"/>
        <source>Supervisor approval at the counter</source>
        <translation>Aprovació del supervisor a la finestreta</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="25"/>
        <source>A supervisor types their own user name and password here. Tellers cannot approve their own operations.</source>
        <translation>Un supervisor escriu aquí el seu propi usuari i la seva contrasenya. Els caixers no poden aprovar les seves pròpies operacions.</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="31"/>
        <source>supervisor&apos;s user name</source>
        <translation>usuari del supervisor</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="34"/>
        <source>Supervisor&apos;s &amp;user name</source>
        <translation>&amp;Usuari del supervisor</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="35"/>
        <source>Supervisor&apos;s &amp;password</source>
        <translation>&amp;Contrasenya del supervisor</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../app/ui/override_dialog.py" line="73"/>
        <source>Supervisor approval</source>
        <translation>Aprovació del supervisor</translation>
    </message>
    <message>
        <location filename="../app/ui/override_dialog.py" line="78"/>
        <source>Approve</source>
        <translation>Aprova</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../app/ui/password_dialog.py" line="40"/>
        <source>Change your password</source>
        <translation>Canvia la teva contrasenya</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="42"/>
        <source>Welcome, %1. Before you start, replace the password you were given with one only you know.</source>
        <translation>Et donem la benvinguda, %1. Abans de començar, substitueix la contrasenya que et van donar per una que només sàpigues tu.</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="44"/>
        <source>Type your current password, then the new one twice.</source>
        <translation>Escriu la contrasenya actual i després la nova dues vegades.</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="56"/>
        <source>&amp;Current password</source>
        <translation>Contrasenya &amp;actual</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="56"/>
        <source>&amp;New password</source>
        <translation>Contrasenya &amp;nova</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="57"/>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Repeteix la contrasenya nova</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="60"/>
        <source>At least 8 characters and 4 different ones, without your user name.</source>
        <translation>Com a mínim 8 caràcters i 4 de diferents, sense el teu usuari.</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="64"/>
        <source>Change password</source>
        <translation>Canvia la contrasenya</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="66"/>
        <source>Sign out</source>
        <translation>Tanca la sessió</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="102"/>
        <source>Choose a password different from the current one.</source>
        <translation>Tria una contrasenya diferent de l&apos;actual.</translation>
    </message>
    <message>
        <location filename="../app/ui/password_dialog.py" line="104"/>
        <source>The two new passwords are not the same.</source>
        <translation>Les dues contrasenyes noves no coincideixen.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="79"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimeix…</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="80"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Desa com a…</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="81"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="124"/>
        <source>Page %1 of %2</source>
        <translation>Pàgina %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="142"/>
        <source>Save the document</source>
        <translation>Desa el document</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="143"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/pdf_preview.py" line="152"/>
        <source>The document could not be saved: %1</source>
        <translation>No s&apos;ha pogut desar el document: %1</translation>
    </message>
</context>
<context>
    <name>PeriodicCard</name>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="91"/>
        <source>Periodic contributions</source>
        <translation>Aportacions periòdiques</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="92"/>
        <source>SEPA mandate signed on</source>
        <translation>Mandat SEPA signat el</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="93"/>
        <source>Re&amp;gister the mandate</source>
        <translation>&amp;Registra el mandat</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="94"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="94"/>
        <source>Next</source>
        <translation>Propera</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="94"/>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="95"/>
        <source>Last failure</source>
        <translation>Darrer error</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="96"/>
        <source>day </source>
        <translation>dia </translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="99"/>
        <source>&amp;New…</source>
        <translation>&amp;Nova…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="100"/>
        <source>C&amp;hange</source>
        <translation>Can&amp;via</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="101"/>
        <source>Cancel &amp;it</source>
        <translation>Cancel·&amp;la-la</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="108"/>
        <source>by direct debit</source>
        <translation>per càrrec directe</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="111"/>
        <source>from %1</source>
        <translation>des de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="124"/>
        <source>day %1, %2</source>
        <translation>dia %1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="147"/>
        <source>Petition %1 filed: a supervisor approves it.</source>
        <translation>Petició %1 presentada: l&apos;aprova un supervisor.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/periodic_card.py" line="159"/>
        <source>Mandate %1 registered for %2.</source>
        <translation>Mandat %1 registrat per a %2.</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="20"/>
        <source>Petition for %1</source>
        <translation>Petició de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="22"/>
        <source>Question to the cooperative</source>
        <translation>Pregunta a la cooperativa</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="23"/>
        <source>Change of contact data (member not present)</source>
        <translation>Canvi de dades de contacte (sense el soci present)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="25"/>
        <source>The member&apos;s question, in their words</source>
        <translation>La pregunta del soci, amb les seves paraules</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="31"/>
        <source>&amp;E-mail</source>
        <translation>Correu &amp;electrònic</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="31"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telèfon</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="32"/>
        <source>&amp;Address</source>
        <translation>&amp;Adreça</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_dialog.py" line="69"/>
        <source>Petition %1 filed: a supervisor decides it on the Approvals page.</source>
        <translation>Petició %1 presentada: un supervisor la decideix a la pàgina Aprovacions.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="vanished">&amp;Fet</translation>
    </message>
    <message>
        <source>&amp;File the petition</source>
        <translation type="vanished">&amp;Presenta la petició</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancel·la</translation>
    </message>
</context>
<context>
    <name>PetitionFilters</name>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="49"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="53"/>
        <source>every kind</source>
        <translation>tots els tipus</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="54"/>
        <source>every branch</source>
        <translation>totes les oficines</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="55"/>
        <source>any age</source>
        <translation>qualsevol antiguitat</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="56"/>
        <source>waiting 1 day or more</source>
        <translation>esperant 1 dia o més</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="56"/>
        <source>waiting 1 h or more</source>
        <translation>esperant 1 h o més</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="57"/>
        <source>waiting 1 week or more</source>
        <translation>esperant 1 setmana o més</translation>
    </message>
</context>
<context>
    <name>PinChangeWindow</name>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="50"/>
        <location filename="../app/ui/cards/pin_change_window.py" line="51"/>
        <source>Change your PIN</source>
        <translation>Canviï el seu PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="54"/>
        <source>Type your current PIN (the temporary one if the branch just gave it to you), then the new one twice. Nobody else sees what you type.</source>
        <translation>Escrigui el seu PIN actual (el provisional, si l&apos;oficina li l&apos;acaba de donar) i després el nou dues vegades. Ningú més no veu el que escriu.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="60"/>
        <source>&amp;Current PIN</source>
        <translation>PIN &amp;actual</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="60"/>
        <source>&amp;New PIN</source>
        <translation>PIN &amp;nou</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="61"/>
        <source>New PIN &amp;again</source>
        <translation>&amp;Repeteixi el PIN nou</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="67"/>
        <source>Security tips</source>
        <translation>Consells de seguretat</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="80"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuï</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_change_window.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel·li</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="34"/>
        <source>Reset the PIN</source>
        <translation>Restableix el PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="36"/>
        <source>A temporary PIN replaces the current one (a locked PIN is unlocked). The member changes it before using the card.</source>
        <translation>Un PIN provisional substitueix l&apos;actual (un PIN bloquejat es desbloqueja). El soci el canvia abans de fer servir la targeta.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="39"/>
        <source>&amp;Print the PIN mailer now</source>
        <translation>&amp;Imprimeix ara la carta del PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="41"/>
        <source>&amp;E-mail it to %1</source>
        <translation>&amp;Envia-la per correu electrònic a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="42"/>
        <source>E-mail (the member has no address)</source>
        <translation>Correu electrònic (el soci no té adreça)</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="50"/>
        <source>Print the PIN &amp;mailer…</source>
        <translation>Imprimeix la &amp;carta del PIN…</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="53"/>
        <source>&amp;Reset the PIN</source>
        <translation>&amp;Restableix el PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="87"/>
        <source>The temporary PIN is ready. Print the PIN mailer, fold it and hand it to the member: it is not shown again.</source>
        <translation>El PIN provisional està a punt. Imprimeix la carta del PIN, plega-la i lliura-la al soci: no es torna a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="91"/>
        <source>The temporary PIN is in the outbox for %1 and goes out with the next dispatch.</source>
        <translation>El PIN provisional és a la safata de sortida per a %1 i surt amb el proper enviament.</translation>
    </message>
    <message>
        <location filename="../app/ui/cards/pin_reset_dialog.py" line="94"/>
        <source>&amp;Done</source>
        <translation>&amp;Fet</translation>
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
        <translation>Reemborsament de capital voluntari</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="32"/>
        <source>%1: voluntary capital %2; refunds already waiting %3; refundable now %4.</source>
        <translation>%1: capital voluntari %2; reemborsaments ja pendents %3; reemborsable ara %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="41"/>
        <source>Transfer to %1</source>
        <translation>Transferència a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="45"/>
        <source>Savings account %1</source>
        <translation>Compte d&apos;estalvis %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="48"/>
        <source>optional, in the member&apos;s words</source>
        <translation>opcional, amb les paraules del soci</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="51"/>
        <source>&amp;Pay to</source>
        <translation>&amp;Paga a</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="52"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Import (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="55"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiu</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="56"/>
        <source>Nothing moves until a supervisor approves it. The member signs the printed petition.</source>
        <translation>No es mou res fins que un supervisor l&apos;aprovi. El soci signa la petició impresa.</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="61"/>
        <source>The member has no registered external account: register it first (Change bank account).</source>
        <translation>El soci no té cap compte extern registrat: registra&apos;l primer (Canvia el compte bancari).</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/refund_dialog.py" line="76"/>
        <source>Petition %1 filed: a supervisor approves it on the Approvals page.</source>
        <translation>Petició %1 presentada: un supervisor l&apos;aprova a la pàgina Aprovacions.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="vanished">&amp;Fet</translation>
    </message>
    <message>
        <source>&amp;File the petition</source>
        <translation type="vanished">&amp;Presenta la petició</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancel·la</translation>
    </message>
</context>
<context>
    <name>RemunerationTab</name>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="130"/>
        <source>&amp;Year</source>
        <translation>&amp;Any</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="131"/>
        <source>Remuneration rate of voluntary capital</source>
        <translation>Tipus de remuneració del capital voluntari</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="132"/>
        <source>&amp;Rate agreed by the assembly</source>
        <translation>&amp;Tipus acordat per l&apos;assemblea</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="133"/>
        <source>Set the rate</source>
        <translation>Fixa el tipus</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="134"/>
        <source>Yearly remuneration (dated 31 December)</source>
        <translation>Remuneració anual (a 31 de desembre)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="135"/>
        <source>&amp;Preview</source>
        <translation>&amp;Previsualitza</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="136"/>
        <source>R&amp;un the remuneration</source>
        <translation>Executa la &amp;remuneració</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="137"/>
        <source>Fiscal certificates</source>
        <translation>Certificats fiscals</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="138"/>
        <source>Every member paid a return in the year: one PDF each, a CSV summary and, in Spain, the modelo 193 file, into a folder.</source>
        <translation>Tots els socis que van cobrar un rendiment l&apos;any: un PDF per soci, un resum CSV i, a Espanya, el fitxer del model 193, en una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="140"/>
        <source>&amp;Write the certificates…</source>
        <translation>&amp;Genera els certificats…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="141"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="151"/>
        <source>No rate set for this year yet.</source>
        <translation>Encara no s&apos;ha fixat el tipus d&apos;aquest any.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="171"/>
        <source>The rate of %1 is %2 %.</source>
        <translation>El tipus de %1 és del %2 %.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="175"/>
        <source>%1 members: gross %2, withheld %3, net %4.</source>
        <translation>%1 socis: brut %2, retingut %3, net %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="183"/>
        <source>Preview of %1: </source>
        <translation>Previsualització de %1: </translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="189"/>
        <source>Remuneration of %1 posted: </source>
        <translation>Remuneració de %1 comptabilitzada: </translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="196"/>
        <source>Folder for the certificates</source>
        <translation>Carpeta per als certificats</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="216"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="229"/>
        <source>Cancelled after %1 of %2 certificates; no summary was written.</source>
        <translation>Cancel·lat després de %1 de %2 certificats; no s&apos;ha escrit el resum.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/remuneration_tab.py" line="233"/>
        <source>%1 certificates written to %2 in %3 s.</source>
        <translation>%1 certificats escrits a %2 en %3 s.</translation>
    </message>
    <message>
        <source>Run the &amp;remuneration</source>
        <translation type="vanished">Executa la &amp;remuneració</translation>
    </message>
</context>
<context>
    <name>RepayDialog</name>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="31"/>
        <source>&amp;Pay</source>
        <translation>&amp;Paga</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="32"/>
        <source>Repayment of loan %1</source>
        <translation>Pagament del préstec %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="41"/>
        <source>Cash</source>
        <translation>Efectiu</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="44"/>
        <source>From savings account %1</source>
        <translation>Amb càrrec al compte d&apos;estalvi %1</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="57"/>
        <source>A&amp;mount (%1)</source>
        <translation>&amp;Import (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="58"/>
        <source>Pa&amp;id</source>
        <translation>Pa&amp;gat</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="59"/>
        <source>The rest</source>
        <translation>La resta</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="85"/>
        <source>%1 for %2. Due now %3 (overdue installments and the one now running); %4 settles the whole loan today.</source>
        <translation>%1 de %2. Exigible ara: %3 (quotes vençudes i la quota en curs); amb %4 es liquida avui tot el préstec.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="113"/>
        <source>Settles: %1.</source>
        <translation>Liquida: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="115"/>
        <source>Interest and insurance of the installment now running only up to today: %1 less.</source>
        <translation>Interessos i assegurança de la quota en curs només fins avui: %1 menys.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="118"/>
        <source>Prepays %1 of principal.</source>
        <translation>Amortitza anticipadament %1 de capital.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="120"/>
        <source>Then %1 installments up to number %2.</source>
        <translation>Després, %1 quotes fins a la número %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="123"/>
        <source>The loan is paid off.</source>
        <translation>El préstec queda liquidat.</translation>
    </message>
    <message>
        <location filename="../app/ui/loans/repay_dialog.py" line="133"/>
        <source>Paid %1: receipt %2.</source>
        <translation>S&apos;ha registrat el pagament de %1: rebut %2.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="31"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Imprimeix el rebut</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="33"/>
        <source>&amp;New operation</source>
        <translation>&amp;Nova operació</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="34"/>
        <source>Back to &amp;search (Esc)</source>
        <translation>Torna a la &amp;cerca (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="50"/>
        <source>✓ %1: done</source>
        <translation>✓ %1: fet</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="51"/>
        <source>Receipt %1</source>
        <translation>Rebut %1</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/result_page.py" line="55"/>
        <source>This operation had already been posted with this confirmation; it was not posted again.</source>
        <translation>Aquesta operació ja s&apos;havia registrat amb aquesta confirmació; no s&apos;ha tornat a registrar.</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="28"/>
        <location filename="../app/ui/operations/reversal.py" line="31"/>
        <source>Reverse an operation</source>
        <translation>Anul·la una operació</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="33"/>
        <source>A posted operation is never changed or deleted: a supervisor approves a reversal entry that undoes it. Nothing changes until then.</source>
        <translation>Una operació registrada no es modifica ni s&apos;esborra mai: un supervisor aprova un assentament d&apos;anul·lació que la desfà. Fins aleshores no canvia res.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="38"/>
        <source>e.g. the amount was typed wrong</source>
        <translation>p. ex., l&apos;import es va escriure malament</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="42"/>
        <source>Ask for the reversal</source>
        <translation>Sol·licita l&apos;anul·lació</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="50"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiu</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="81"/>
        <source>%1 of %2, receipt %3
%4 on account %5%6</source>
        <translation>%1 del %2, rebut %3
%4 al compte %5%6</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="93"/>
        <source>Write why the operation must be reversed.</source>
        <translation>Escriu per què cal anul·lar l&apos;operació.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="103"/>
        <source>Petition %1 filed. The reversal waits for a supervisor&apos;s approval; nothing has been reversed yet.</source>
        <translation>Petició %1 presentada. L&apos;anul·lació espera l&apos;aprovació d&apos;un supervisor; encara no s&apos;ha anul·lat res.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/reversal.py" line="108"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <source>%1 of %2, receipt %3: %4 on account %5%6</source>
        <translation type="vanished">%1 del %2, rebut %3: %4 al compte %5%6</translation>
    </message>
    <message>
        <source>e.g. amount typed wrong: 1,000 instead of 100</source>
        <translation type="vanished">p. ex., import mal escrit: 1.000 en lloc de 100</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="98"/>
        <source>Limits, cash rules and formats</source>
        <translation>Límits, regles d&apos;efectiu i formats</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="99"/>
        <source>Shared by every desk of this ledger; operations follow a change at once, the number format and the idle lock from each desk&apos;s next sign-in.</source>
        <translation>Comuns a tots els terminals d&apos;aquesta comptabilitat: les operacions apliquen un canvi a l&apos;instant; el format de número i el bloqueig per inactivitat, a partir de la propera entrada a cada terminal.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="114"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="115"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Desa els paràmetres</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/settings_tab.py" line="174"/>
        <source>Nothing to save: every setting is as stored.</source>
        <translation>No hi ha res a desar: tots els paràmetres estan com es van desar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/admin/settings_tab.py" line="187"/>
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>%n paràmetre desat.</numerusform>
            <numerusform>%n paràmetres desats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="106"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="106"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="106"/>
        <source>User</source>
        <translation>Usuari</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="107"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="107"/>
        <source>State</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="108"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nou usuari…</translation>
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
        <translation>Canvia el rol</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="112"/>
        <source>Move</source>
        <translation>Trasllada</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="113"/>
        <source>Reset &amp;password</source>
        <translation>Restableix la &amp;contrasenya</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="142"/>
        <source>Inactive</source>
        <translation>Inactiu</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="144"/>
        <source>Locked</source>
        <translation>Bloquejat</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="146"/>
        <source>Must change password</source>
        <translation>Ha de canviar la contrasenya</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="147"/>
        <source>Active</source>
        <translation>Actiu</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="180"/>
        <source>Choose a user in the list</source>
        <translation>Tria un usuari de la llista</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="182"/>
        <location filename="../app/ui/admin/staff_tab.py" line="188"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloqueja</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="188"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloqueja</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="210"/>
        <source>%1 is now %2.</source>
        <translation>%1 passa a ser %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="218"/>
        <source>%1 works at %2 from their next operation.</source>
        <translation>%1 treballa a %2 a partir de la propera operació.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="228"/>
        <source>The password of %1 was reset. Hand them this temporary password; they must change it at sign-in:</source>
        <translation>S&apos;ha restablert la contrasenya de %1. Lliura-li aquesta contrasenya temporal; l&apos;haurà de canviar en entrar:</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="242"/>
        <source>%1 is unlocked.</source>
        <translation>S&apos;ha desbloquejat %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/staff_tab.py" line="244"/>
        <source>%1 is locked: they cannot sign in or finish an operation until unlocked.</source>
        <translation>S&apos;ha bloquejat %1: no pot entrar ni acabar cap operació fins que es desbloquegi.</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="73"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="92"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="92"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="92"/>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="93"/>
        <source>Available (%1)</source>
        <translation>Saldo disponible (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="93"/>
        <source>Booked (%1)</source>
        <translation>Saldo comptable (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="144"/>
        <source>Last %1 movements of account %2</source>
        <translation>Últims %1 moviments del compte %2</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/summary_tab.py" line="150"/>
        <source>No movements yet.</source>
        <translation>Encara no hi ha moviments.</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="82"/>
        <source>Transfers waiting for the bank</source>
        <translation>Transferències pendents d&apos;enviar al banc</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="83"/>
        <source>Bank files made</source>
        <translation>Fitxers bancaris generats</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="84"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="84"/>
        <source>Beneficiary</source>
        <translation>Beneficiari</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="85"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="85"/>
        <source>Since</source>
        <translation>Des de</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="86"/>
        <source>Reference</source>
        <translation>Referència</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="87"/>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="87"/>
        <source>Made on</source>
        <translation>Generat el</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="88"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="88"/>
        <source>Transfers</source>
        <translation>Transferències</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="89"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="90"/>
        <source>&amp;Make the transfer file…</source>
        <translation>&amp;Genera el fitxer de transferències…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="91"/>
        <source>Save &amp;again…</source>
        <translation>Desa de &amp;nou…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/admin/transfers_tab.py" line="121"/>
        <source>%n transfer(s) waiting</source>
        <translation>
            <numerusform>%n transferència pendent</numerusform>
            <numerusform>%n transferències pendents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="138"/>
        <source>Save the bank file</source>
        <translation>Desa el fitxer bancari</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="146"/>
        <source>The file could not be saved: %1</source>
        <translation>No s&apos;ha pogut desar el fitxer: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="164"/>
        <source>Bank file %1 made: %2 transfers, %3. Saved to %4; send it to the bank.</source>
        <translation>Fitxer bancari %1 generat: %2 transferències, %3. Desat a %4; envia&apos;l al banc.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="170"/>
        <source>Bank file %1 made and kept: save it with Save again.</source>
        <translation>Fitxer bancari %1 generat i conservat: desa&apos;l amb Desa de nou.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/transfers_tab.py" line="187"/>
        <source>Bank file %1 saved again to %2.</source>
        <translation>Fitxer bancari %1 desat de nou a %2.</translation>
    </message>
</context>
<context>
    <name>TrialBalanceCard</name>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="92"/>
        <source>Trial balance</source>
        <translation>Balanç de sumes i saldos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="93"/>
        <source>&amp;At</source>
        <translation>Da&amp;ta</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="94"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="95"/>
        <source>&amp;Save as CSV…</source>
        <translation>De&amp;sa com a CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="98"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="98"/>
        <source>Code</source>
        <translation>Codi</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="98"/>
        <source>Debit (%1)</source>
        <translation>Càrrec (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="99"/>
        <source>Credit (%1)</source>
        <translation>Abonament (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="100"/>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="146"/>
        <source>Reading…</source>
        <translation>S&apos;està llegint…</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="171"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="186"/>
        <source>At the close of %1. Accounts with postings: %2.</source>
        <translation>Al tancament del %1. Comptes amb apunts: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="199"/>
        <source>Save the trial balance</source>
        <translation>Desa el balanç de sumes i saldos</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/trial_balance.py" line="203"/>
        <source>The trial balance at %1 was saved to %2.</source>
        <translation>El balanç de sumes i saldos a %1 s&apos;ha desat a %2.</translation>
    </message>
</context>
<context>
    <name>ventanilla</name>
    <message>
        <location filename="../app/cli.py" line="34"/>
        <source>Expected another password line on standard input.</source>
        <translation>S&apos;esperava una altra línia amb una contrasenya a l&apos;entrada estàndard.</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="37"/>
        <source>Repeat it:</source>
        <translation>Repeteix-la:</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="38"/>
        <source>The two entries differ.</source>
        <translation>Les dues entrades no coincideixen.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="24"/>
        <location filename="../app/commands.py" line="83"/>
        <source>This command changes the ledger: say who you are with --user NAME.</source>
        <translation>Aquesta ordre modifica la comptabilitat: indica qui ets amb --user NOM.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="26"/>
        <location filename="../app/commands.py" line="84"/>
        <source>Password for {user}:</source>
        <translation>Contrasenya de {user}:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="43"/>
        <source>Password for the administrator {user}:</source>
        <translation>Contrasenya de l&apos;administrador {user}:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="48"/>
        <source>Ledger created ({profile}). The institution key is in {path}; export it with &apos;ventanilla key export FILE&apos; and keep the copy safe.</source>
        <translation>Comptabilitat creada ({profile}). La clau de l&apos;entitat és a {path}; exporta-la amb «ventanilla key export FILE» i guarda&apos;n la còpia en un lloc segur.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="57"/>
        <source>Password for the new user {user}:</source>
        <translation>Contrasenya del nou usuari {user}:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="61"/>
        <source>User {user} created with role {role}; they must change the password at first sign-in.</source>
        <translation>Usuari {user} creat amb el rol {role}; haurà de canviar la contrasenya la primera vegada que entri.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="65"/>
        <source>User {user} unlocked.</source>
        <translation>Usuari {user} desbloquejat.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="78"/>
        <source>Passphrase to protect the key:</source>
        <translation>Frase de contrasenya per protegir la clau:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="80"/>
        <source>Key written to {file}.</source>
        <translation>Clau escrita a {file}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="85"/>
        <location filename="../app/commands.py" line="141"/>
        <source>Passphrase of the key file:</source>
        <translation>Frase de contrasenya del fitxer de clau:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="87"/>
        <source>Key installed in {path}; the audit chain verifies with it.</source>
        <translation>Clau instal·lada a {path}; la cadena d&apos;auditoria es verifica amb ella.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="97"/>
        <source>{n} faults found.</source>
        <translation>S&apos;han trobat {n} errors.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="99"/>
        <source>The ledger balances: every entry sums to zero and every balance equals its postings.</source>
        <translation>La comptabilitat quadra: tots els assentaments sumen zero i tots els saldos coincideixen amb els seus apunts.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="113"/>
        <source>The audit chain is intact: {n} rows, head {mac}.</source>
        <translation>La cadena d&apos;auditoria és intacta: {n} files, capçalera {mac}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="120"/>
        <source>Passphrase to protect the key in the backup:</source>
        <translation>Frase de contrasenya per protegir la clau a la còpia de seguretat:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="123"/>
        <source>Backup of {institution} written to {file} in {seconds} s: {members} members, {entries} entries, {rows} audit rows; {size} bytes, SHA-256 {sha}.</source>
        <translation>Còpia de seguretat de {institution} escrita a {file} en {seconds} s: {members} socis, {entries} assentaments, {rows} files d&apos;auditoria; {size} bytes, SHA-256 {sha}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="130"/>
        <source>The institution key is in it, encrypted under the passphrase.</source>
        <translation>Inclou la clau de l&apos;entitat, xifrada amb la frase de contrasenya.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="132"/>
        <source>The institution key is not in it: keep its export (ventanilla key export) apart from the backup.</source>
        <translation>No inclou la clau de l&apos;entitat: guarda&apos;n l&apos;exportació (ventanilla key export) a part de la còpia de seguretat.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="142"/>
        <source>Passphrase of the key in the backup:</source>
        <translation>Frase de contrasenya de la clau de la còpia de seguretat:</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="146"/>
        <source>Restored the ledger of {institution} ({ledger_id}) as backed up at {taken_at} UTC by {user}: {members} members, {entries} entries, {rows} audit rows. The ledger check and the audit chain verify.</source>
        <translation>S&apos;ha restaurat la comptabilitat de {institution} ({ledger_id}) segons la còpia de seguretat que va fer {user} el {taken_at} UTC: {members} socis, {entries} assentaments, {rows} files d&apos;auditoria. La comprovació de la comptabilitat i la cadena d&apos;auditoria es verifiquen correctament.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="152"/>
        <source>Its institution key was already installed on this desk.</source>
        <translation>La clau de l&apos;entitat ja estava instal·lada en aquest terminal.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="154"/>
        <source>Its institution key came from the backup and is now installed in {path}.</source>
        <translation>La clau de l&apos;entitat venia a la còpia de seguretat i ara està instal·lada a {path}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="157"/>
        <source>Its institution key came from {file} and is now installed in {path}.</source>
        <translation>La clau de l&apos;entitat provenia de {file} i ara està instal·lada a {path}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="160"/>
        <source>It replaced what the target held before.</source>
        <translation>Ha substituït el que hi havia abans a la destinació.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="182"/>
        <source>{file} exists already: remove it or choose another --out.</source>
        <translation>{file} ja existeix: esborra&apos;l o tria un altre --out.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="194"/>
        <source>Business day {closed} closed; the business date is now {new}. Audit chain head: row {seq}, {mac}.</source>
        <translation>Jornada del {closed} tancada; ara la data comptable és {new}. Capçalera de la cadena d&apos;auditoria: fila {seq}, {mac}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="203"/>
        <location filename="../app/commands.py" line="211"/>
        <source>Report written to {file}.</source>
        <translation>Informe escrit a {file}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="222"/>
        <source>Give the month as YYYY-MM, e.g. 2026-11.</source>
        <translation>Indica el mes com a AAAA-MM, p. ex., 2026-11.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="231"/>
        <source>Give dates as YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Indica les dates com a AAAA-MM-DD, p. ex., 2026-11-22.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="245"/>
        <source>Trial balance at {date} ({currency})</source>
        <translation>Balanç de sumes i saldos a {date} ({currency})</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="273"/>
        <source>{imported} of {rows} members imported.</source>
        <translation>{imported} de {rows} socis importats.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="282"/>
        <source>Transfer file {id} ({kind} {version}): {count} transfers, {total} {currency}, written to {file}.</source>
        <translation>Fitxer de transferències {id} ({kind} {version}): {count} transferències, {total} {currency}, escrit a {file}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="293"/>
        <source>Collection file {id} ({version}): {count} direct debits, {total} {currency}, written to {file}.</source>
        <translation>Fitxer de càrrecs {id} ({version}): {count} càrrecs, {total} {currency}, escrit a {file}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="305"/>
        <source>Give the rate as a percentage, e.g. 1.5.</source>
        <translation>Indica el tipus com a percentatge, p. ex. 1.5.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="307"/>
        <source>The rate of {year} is {rate} %.</source>
        <translation>El tipus de {year} és del {rate} %.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="317"/>
        <source>Would pay {n} members: gross {gross}, withheld {withheld} {currency}.</source>
        <translation>Pagaria a {n} socis: brut {gross}, retingut {withheld} {currency}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="318"/>
        <source>Paid {n} members: gross {gross}, withheld {withheld} {currency}.</source>
        <translation>Pagat a {n} socis: brut {gross}, retingut {withheld} {currency}.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="332"/>
        <source>{n} certificates of {year} written to {folder} in {seconds} s.</source>
        <translation>{n} certificats de {year} escrits a {folder} en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="335"/>
        <source>Modelo 193: {file}</source>
        <translation>Model 193: {file}</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="344"/>
        <source>No mail server is set: an administrator sets it in the desk (Administration, Mail server).</source>
        <translation>No hi ha cap servidor de correu configurat: un administrador el configura al terminal (Administració, Servidor de correu).</translation>
    </message>
    <message>
        <location filename="../app/commands.py" line="347"/>
        <source>{sent} sent, {retrying} to retry, {failed} failed; {waiting} still waiting, {given_up} given up in all.</source>
        <translation>{sent} enviats, {retrying} per tornar a provar, {failed} fallits; en total, {waiting} encara pendents i {given_up} abandonats.</translation>
    </message>
    <message>
        <location filename="../app/db.py" line="90"/>
        <location filename="../app/services/restore.py" line="341"/>
        <source>This ledger was written by a newer version of Ventanilla (schema {revision}). Install that version or a later one to open it.</source>
        <translation>Aquesta comptabilitat la va escriure una versió més recent de Ventanilla (esquema {revision}). Instal·la aquella versió o una de posterior per obrir-la.</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="85"/>
        <location filename="../app/documents/card_request_form.py" line="25"/>
        <location filename="../app/documents/fiscal_certificate.py" line="40"/>
        <location filename="../app/documents/petition_form.py" line="49"/>
        <location filename="../app/documents/receipt.py" line="57"/>
        <source>Member</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="87"/>
        <location filename="../app/documents/loan_contract.py" line="60"/>
        <location filename="../app/domain/profiles.py" line="41"/>
        <source>Loan</source>
        <translation>Préstec</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="89"/>
        <location filename="../app/documents/loan_contract.py" line="62"/>
        <source>Amount lent</source>
        <translation>Import prestat</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="90"/>
        <location filename="../app/documents/loan_contract.py" line="67"/>
        <source>Nominal annual rate</source>
        <translation>Taxa nominal anual</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="91"/>
        <location filename="../app/documents/loan_contract.py" line="68"/>
        <source>Term</source>
        <translation>Termini</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="91"/>
        <location filename="../app/documents/loan_contract.py" line="68"/>
        <source>{months} monthly installments</source>
        <translation>{months} quotes mensuals</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="92"/>
        <location filename="../app/documents/loan_contract.py" line="66"/>
        <source>Method</source>
        <translation>Sistema d&apos;amortització</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="93"/>
        <location filename="../app/documents/loan_contract.py" line="72"/>
        <source>Day count</source>
        <translation>Base de càlcul</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="94"/>
        <location filename="../app/documents/loan_contract.py" line="64"/>
        <source>Disbursement</source>
        <translation>Desemborsament</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="95"/>
        <source>First due date</source>
        <translation>Data del primer venciment</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="98"/>
        <source>Grace on principal</source>
        <translation>Carència de capital</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="98"/>
        <source>{n} installments of interest only</source>
        <translation>{n} quotes només d&apos;interessos</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="101"/>
        <location filename="../app/documents/loan_contract.py" line="74"/>
        <source>Credit-life insurance</source>
        <translation>Assegurança de vida vinculada</translation>
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
        <translation>Taxa anual equivalent (TAE)</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="109"/>
        <location filename="../app/documents/amortization.py" line="125"/>
        <location filename="../app/documents/loan_contract.py" line="79"/>
        <source>Insurance</source>
        <translation>Assegurança</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="109"/>
        <location filename="../app/documents/loan_contract.py" line="78"/>
        <source>Total interest</source>
        <translation>Total d&apos;interessos</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="110"/>
        <location filename="../app/documents/loan_contract.py" line="79"/>
        <source>Fees</source>
        <translation>Comissions</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="110"/>
        <location filename="../app/documents/loan_contract.py" line="80"/>
        <source>Total cost of the credit</source>
        <translation>Cost total del crèdit</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="124"/>
        <source>Days</source>
        <translation>Dies</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="124"/>
        <source>Due date</source>
        <translation>Data de venciment</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="124"/>
        <source>No.</source>
        <translation>Núm.</translation>
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
        <translation>Interès</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="128"/>
        <location filename="../app/documents/loan_contract.py" line="83"/>
        <location filename="../app/domain/loan_products.py" line="19"/>
        <source>Late interest</source>
        <translation>Interès de demora</translation>
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
        <translation>Pagament</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="133"/>
        <source>Status</source>
        <translation>Estat</translation>
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
        <translation>Emès el {date}</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="186"/>
        <source>Amortization table</source>
        <translation>Quadre d&apos;amortització</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="186"/>
        <source>Loan simulation</source>
        <translation>Simulació de préstec</translation>
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
        <translation>Identificació fiscal</translation>
    </message>
    <message>
        <location filename="../app/documents/amortization.py" line="204"/>
        <location filename="../app/documents/loan_contract.py" line="69"/>
        <source>Installment</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="17"/>
        <source>Scan the code with an authenticator app (any TOTP app) on your phone.</source>
        <translation>Escanegi el codi amb una aplicació d&apos;autenticació (qualsevol aplicació TOTP) al seu telèfon.</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="18"/>
        <source>At the counter, or online, we ask for the six-digit code the app shows at that moment; each code works once.</source>
        <translation>A la finestreta, o en línia, li demanem el codi de sis dígits que mostra l&apos;aplicació en aquell moment; cada codi serveix una sola vegada.</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="20"/>
        <source>Keep this sheet somewhere safe or destroy it once the app shows the codes: whoever has it can make your codes.</source>
        <translation>Guardi aquest full en un lloc segur o destrueixi&apos;l quan l&apos;aplicació mostri els codis: qui el tingui pot generar els seus codis.</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="22"/>
        <source>If you lose your phone, tell your branch: they remove the authenticator at once.</source>
        <translation>Si perd el telèfon, avisi la seva oficina: eliminaran l&apos;autenticador immediatament.</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="33"/>
        <location filename="../app/documents/authenticator_sheet.py" line="41"/>
        <source>Your authenticator</source>
        <translation>El seu autenticador</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="39"/>
        <location filename="../app/documents/day_report.py" line="34"/>
        <location filename="../app/documents/receipt.py" line="59"/>
        <location filename="../app/documents/statement.py" line="74"/>
        <location filename="../app/documents/statement.py" line="139"/>
        <location filename="../app/services/errors.py" line="15"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../app/documents/authenticator_sheet.py" line="40"/>
        <source>Secret (to type it in)</source>
        <translation>Clau secreta (per escriure-la a mà)</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="26"/>
        <location filename="../app/documents/petition_form.py" line="50"/>
        <location filename="../app/services/errors.py" line="12"/>
        <location filename="../app/services/member_petitions.py" line="71"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="27"/>
        <source>Card</source>
        <translation>Targeta</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="28"/>
        <location filename="../app/documents/pin_mailer.py" line="32"/>
        <source>Date and time</source>
        <translation>Data i hora</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="28"/>
        <location filename="../app/documents/drawer_report.py" line="84"/>
        <location filename="../app/documents/drawer_report.py" line="127"/>
        <location filename="../app/documents/receipt.py" line="95"/>
        <location filename="../app/domain/permissions.py" line="17"/>
        <source>Teller</source>
        <translation>Caixer</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="35"/>
        <source>I, the holder of the card above, ask for this at the counter and sign it, as I have no authenticator for one-time codes.</source>
        <translation>Jo, titular de la targeta indicada, ho sol·licito a la finestreta i ho signo, ja que no tinc autenticador de codis d&apos;un sol ús.</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="38"/>
        <location filename="../app/documents/petition_form.py" line="73"/>
        <source>The member&apos;s signature</source>
        <translation>Signatura del soci</translation>
    </message>
    <message>
        <location filename="../app/documents/card_request_form.py" line="38"/>
        <location filename="../app/documents/petition_form.py" line="73"/>
        <source>The teller&apos;s signature</source>
        <translation>Signatura del caixer</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="19"/>
        <source>Open the online office&apos;s registration page.</source>
        <translation>Obri la pàgina de registre de l&apos;oficina en línia.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="20"/>
        <source>Type your document number as it is written, without dashes or spaces.</source>
        <translation>Escrigui el seu número de document tal com apareix, sense guions ni espais.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="21"/>
        <source>Type the registration key above (capitals or small letters, with or without dashes).</source>
        <translation>Escrigui la clau de registre indicada a dalt (en majúscules o minúscules, amb guions o sense).</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="22"/>
        <source>Type the external account you registered with us (without the country code and its two check digits).</source>
        <translation>Escrigui el compte extern que va registrar amb nosaltres (sense el codi de país ni els seus dos dígits de control).</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="24"/>
        <source>Choose your password and type it twice: at least {min} characters, letters and digits, not your document or your birth date.</source>
        <translation>Triï la seva contrasenya i escrigui-la dues vegades: com a mínim {min} caràcters, amb lletres i dígits, que no siguin el seu document ni la seva data de naixement.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="33"/>
        <source>Your online banking access</source>
        <translation>El seu accés a la banca en línia</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="35"/>
        <source>Your access to our online office is ready for you to complete. Keep this letter private: the key works once.</source>
        <translation>El seu accés a la nostra oficina en línia està a punt perquè el completi. Mantingui aquesta carta en privat: la clau només serveix una vegada.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="38"/>
        <location filename="../app/services/errors.py" line="16"/>
        <source>User name</source>
        <translation>Usuari</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="39"/>
        <location filename="../app/services/errors.py" line="29"/>
        <source>Registration key</source>
        <translation>Clau de registre</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="40"/>
        <source>Valid until</source>
        <translation>Vàlida fins a</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="41"/>
        <source>To complete it:</source>
        <translation>Per completar-lo:</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="45"/>
        <source>If the key expires before you use it, or you did not ask for this access, ask your branch: they issue a new key and the old one stops working.</source>
        <translation>Si la clau caduca abans que la faci servir, o si vostè no ha demanat aquest accés, adreci&apos;s a la seva oficina: li emetran una clau nova i l&apos;anterior deixarà de funcionar.</translation>
    </message>
    <message>
        <location filename="../app/documents/credential_letter.py" line="48"/>
        <source>Online banking access</source>
        <translation>Accés a la banca en línia</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="30"/>
        <location filename="../app/documents/day_report.py" line="32"/>
        <source>Journal of the day</source>
        <translation>Diari del dia</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="34"/>
        <source>Chart</source>
        <translation>Pla</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="34"/>
        <location filename="../app/documents/statement.py" line="109"/>
        <source>Credit</source>
        <translation>Abonament</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="34"/>
        <location filename="../app/documents/statement.py" line="109"/>
        <source>Debit</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="34"/>
        <location filename="../app/documents/receipt.py" line="37"/>
        <location filename="../app/documents/receipt.py" line="43"/>
        <source>Receipt</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="45"/>
        <source>entries</source>
        <translation>assentaments</translation>
    </message>
    <message>
        <location filename="../app/documents/day_report.py" line="52"/>
        <source>Audit chain head</source>
        <translation>Capçalera de la cadena d&apos;auditoria</translation>
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
        <translation>Informe de tancament de caixa</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="76"/>
        <location filename="../app/documents/receipt.py" line="45"/>
        <source>Business date</source>
        <translation>Data comptable</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="78"/>
        <source>Printed</source>
        <translation>Imprès el</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="84"/>
        <source>Drawer account</source>
        <translation>Compte de caixa</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="85"/>
        <source>Drawer session</source>
        <translation>Sessió de caixa</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="92"/>
        <location filename="../app/documents/receipt.py" line="72"/>
        <location filename="../app/services/errors.py" line="15"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="92"/>
        <source>Denomination</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="92"/>
        <source>Pieces</source>
        <translation>Unitats</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="95"/>
        <source>Total counted</source>
        <translation>Total comptat</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="104"/>
        <source>Blind count by denomination</source>
        <translation>Arqueig cec per valors</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="108"/>
        <source>short</source>
        <translation>faltant</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="109"/>
        <source>over</source>
        <translation>sobrant</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="110"/>
        <source>Counted at closing</source>
        <translation>Comptat al tancament</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="110"/>
        <source>Opening float</source>
        <translation>Fons d&apos;obertura</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="111"/>
        <source>Difference</source>
        <translation>Diferència</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="111"/>
        <source>The drawer should have held</source>
        <translation>La caixa havia de tenir</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="120"/>
        <source>The count matches: the drawer is closed.</source>
        <translation>L&apos;arqueig quadra: la caixa és tancada.</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="122"/>
        <source>The difference waits for a supervisor&apos;s approval before it is posted to cash over and short.</source>
        <translation>La diferència espera l&apos;aprovació d&apos;un supervisor abans de comptabilitzar-se a sobrants i faltants de caixa.</translation>
    </message>
    <message>
        <location filename="../app/documents/drawer_report.py" line="125"/>
        <source>The difference was approved and posted to cash over and short.</source>
        <translation>La diferència es va aprovar i es va comptabilitzar a sobrants i faltants de caixa.</translation>
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
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="42"/>
        <location filename="../app/documents/statement.py" line="108"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="42"/>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="42"/>
        <source>Kind of income</source>
        <translation>Tipus de rendiment</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="42"/>
        <location filename="../app/services/errors.py" line="27"/>
        <source>Rate</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="43"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="43"/>
        <source>Withheld</source>
        <translation>Retingut</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="49"/>
        <source>No returns were paid this year.</source>
        <translation>No es van pagar rendiments aquest any.</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="64"/>
        <location filename="../app/documents/fiscal_certificate.py" line="88"/>
        <source>Certificate of returns and withholdings</source>
        <translation>Certificat de rendiments i retencions</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="70"/>
        <source>{payer} certifies that in {year} it paid the member the returns below and withheld on them the amounts shown, paid to the tax office.</source>
        <translation>{payer} certifica que el {year} va pagar al soci els rendiments següents i hi va practicar les retencions indicades, ingressades a l&apos;Agència Tributària.</translation>
    </message>
    <message>
        <location filename="../app/documents/fiscal_certificate.py" line="79"/>
        <source>Signature and stamp of the cooperative</source>
        <translation>Signatura i segell de la cooperativa</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="57"/>
        <source>The parties</source>
        <translation>Les parts</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="58"/>
        <source>Lender</source>
        <translation>Prestador</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="59"/>
        <source>Borrower</source>
        <translation>Prestatari</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="61"/>
        <source>The money</source>
        <translation>Els imports</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="62"/>
        <source>Opening fee</source>
        <translation>Comissió d&apos;obertura</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="63"/>
        <source>Paid out to the member</source>
        <translation>Import lliurat al soci</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="65"/>
        <source>The terms</source>
        <translation>Les condicions</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="70"/>
        <source>First and last due dates</source>
        <translation>Primer i darrer venciment</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="73"/>
        <source>Due dates</source>
        <translation>Venciments</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="76"/>
        <source>What it costs</source>
        <translation>Cost del préstec</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="81"/>
        <source>Total to pay</source>
        <translation>Import total a pagar</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="82"/>
        <source>If a payment is late</source>
        <translation>Si es retarda un pagament</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="83"/>
        <source>{rate} a year on the overdue principal only, for the days overdue</source>
        <translation>{rate} anual, només sobre el capital vençut i pels dies de retard</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="85"/>
        <source>A payment settles</source>
        <translation>Ordre d&apos;imputació dels pagaments</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="90"/>
        <location filename="../app/documents/loan_contract.py" line="107"/>
        <source>Loan contract summary</source>
        <translation>Resum del contracte de préstec</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="98"/>
        <source>Every installment, its due date and its parts are in the amortization table given with this summary.</source>
        <translation>Totes les quotes, amb la data de venciment i el desglossament, figuren al quadre d&apos;amortització que es lliura amb aquest resum.</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="101"/>
        <source>For the institution</source>
        <translation>Per l&apos;entitat</translation>
    </message>
    <message>
        <location filename="../app/documents/loan_contract.py" line="101"/>
        <source>The member</source>
        <translation>El soci</translation>
    </message>
    <message>
        <location filename="../app/documents/page_numbers.py" line="46"/>
        <source>Page {page} of {pages}</source>
        <translation>Pàgina {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="48"/>
        <location filename="../app/documents/petition_form.py" line="55"/>
        <source>Petition</source>
        <translation>Petició</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="51"/>
        <source>Filed at</source>
        <translation>Presentada a</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="52"/>
        <source>Filed by</source>
        <translation>Presentada per</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="65"/>
        <source>The member asks for the following, which a supervisor approves:</source>
        <translation>El soci sol·licita el següent, que aprova un supervisor:</translation>
    </message>
    <message>
        <location filename="../app/documents/petition_form.py" line="71"/>
        <location filename="../app/services/errors.py" line="17"/>
        <source>Reason</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="25"/>
        <source>Temporary PIN of your card</source>
        <translation>PIN provisional de la seva targeta</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="27"/>
        <source>A temporary PIN was generated for your card. Keep this sheet private and destroy it once you have changed the PIN.</source>
        <translation>S&apos;ha generat un PIN provisional per a la seva targeta. Guardi aquest full en privat i destrueixi&apos;l quan hagi canviat el PIN.</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="30"/>
        <location filename="../app/services/errors.py" line="31"/>
        <source>Card number</source>
        <translation>Número de targeta</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="31"/>
        <source>Card type</source>
        <translation>Tipus de targeta</translation>
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
        <translation>Canviï&apos;l abans de fer servir la targeta, a l&apos;oficina o en un caixer automàtic: triï quatre dígits propis.</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="37"/>
        <source>Security tips</source>
        <translation>Consells de seguretat</translation>
    </message>
    <message>
        <location filename="../app/documents/pin_mailer.py" line="40"/>
        <source>Nobody from the cooperative will ever ask you for your PIN. If you did not ask for this, tell your branch at once.</source>
        <translation>Ningú de la cooperativa no li demanarà mai el seu PIN. Si vostè no ho ha demanat, avisi immediatament la seva oficina.</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="58"/>
        <source>Acting at the counter</source>
        <translation>Persona a la finestreta</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="61"/>
        <source>Reverses receipt</source>
        <translation>Anul·la el rebut</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="74"/>
        <location filename="../app/services/cash_ops.py" line="152"/>
        <source>Fee</source>
        <translation>Comissió</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="76"/>
        <location filename="../app/services/cash_ops.py" line="154"/>
        <source>VAT on the fee</source>
        <translation>IVA de la comissió</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="78"/>
        <source>Balance after the operation</source>
        <translation>Saldo després de l&apos;operació</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="90"/>
        <source>In words</source>
        <translation>En lletres</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="94"/>
        <source>Member&apos;s signature</source>
        <translation>Signatura del soci</translation>
    </message>
    <message>
        <location filename="../app/documents/receipt.py" line="101"/>
        <source>Keep this receipt. Reprints show the same receipt number.</source>
        <translation>Guarda aquest rebut. Les reimpressions porten el mateix número de rebut.</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="71"/>
        <location filename="../app/documents/statement.py" line="137"/>
        <source>Account statement</source>
        <translation>Extracte de compte</translation>
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
        <translation>Període</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="76"/>
        <source>from {start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="94"/>
        <source>{description} (reversed)</source>
        <translation>{description} (moviment anul·lat)</translation>
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
        <translation>Total abonaments</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="98"/>
        <source>Total debits</source>
        <translation>Total càrrecs</translation>
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
        <translation>Descripció</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="108"/>
        <source>Receipt no.</source>
        <translation>Núm. de rebut</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="116"/>
        <source>No movements in this period.</source>
        <translation>No hi ha moviments en aquest període.</translation>
    </message>
    <message>
        <location filename="../app/documents/statement.py" line="131"/>
        <source>Number of movements: {count}</source>
        <translation>Nombre de moviments: {count}</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="31"/>
        <location filename="../app/domain/profiles.py" line="42"/>
        <source>Credit card</source>
        <translation>Targeta de crèdit</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="31"/>
        <source>Debit card</source>
        <translation>Targeta de dèbit</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="32"/>
        <source>credit card</source>
        <translation>targeta de crèdit</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="32"/>
        <source>debit card</source>
        <translation>targeta de dèbit</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="35"/>
        <source>Lost</source>
        <translation>Perduda</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="35"/>
        <source>Stolen</source>
        <translation>Robada</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="35"/>
        <source>Used by someone else</source>
        <translation>Usada per una altra persona</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="36"/>
        <source>At the member&apos;s request</source>
        <translation>A petició del soci</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="42"/>
        <source>Avoid consecutive digits (1234, 9876).</source>
        <translation>Eviti dígits consecutius (1234, 9876).</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="42"/>
        <source>Avoid your birth date.</source>
        <translation>Eviti la seva data de naixement.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="43"/>
        <source>Avoid repeated digits (1111).</source>
        <translation>Eviti dígits repetits (1111).</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="53"/>
        <source>Type the 13 to 19 digits printed on the card.</source>
        <translation>Escriu els dígits impresos a la targeta (de 13 a 19).</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="57"/>
        <source>This card number is mistyped: its check digit does not match.</source>
        <translation>Aquest número de targeta està mal escrit: el dígit de control no coincideix.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="87"/>
        <source>Type the expiry as printed on the card: MM/YY.</source>
        <translation>Escriu la caducitat tal com figura a la targeta: MM/AA.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="102"/>
        <source>The PIN has {n} digits.</source>
        <translation>El PIN té {n} dígits.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="104"/>
        <source>All four digits are the same: choose another PIN.</source>
        <translation>Els quatre dígits són iguals: triï un altre PIN.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="106"/>
        <source>The digits follow each other (like 1234 or 4321): choose another PIN.</source>
        <translation>Els dígits són consecutius (com 1234 o 4321): triï un altre PIN.</translation>
    </message>
    <message>
        <location filename="../app/domain/cards.py" line="108"/>
        <source>That is the birth date: choose another PIN.</source>
        <translation>És la data de naixement: triï un altre PIN.</translation>
    </message>
    <message>
        <location filename="../app/domain/cash.py" line="26"/>
        <source>{value} is not a denomination of {currency}.</source>
        <translation>{value} no és un valor de bitllet o moneda de {currency}.</translation>
    </message>
    <message>
        <location filename="../app/domain/cash.py" line="29"/>
        <source>Count {value}: type a whole number of pieces, 0 or more.</source>
        <translation>Recompte de {value}: escriu un nombre enter d&apos;unitats, 0 o més.</translation>
    </message>
    <message>
        <location filename="../app/domain/cash.py" line="59"/>
        <source>Cash payments of {limit} EUR or more are not allowed here (Ley 7/2012, art. 7). Offer a bank transfer instead.</source>
        <translation>Aquí no s&apos;admeten pagaments en efectiu de {limit} EUR o més (Llei 7/2012, art. 7). Ofereix una transferència bancària.</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="23"/>
        <location filename="../app/domain/settings.py" line="63"/>
        <source>Mandatory contribution</source>
        <translation>Aportació obligatòria</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="23"/>
        <source>Voluntary contribution</source>
        <translation>Aportació voluntària</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="24"/>
        <source>From a savings account</source>
        <translation>Des d&apos;un compte d&apos;estalvis</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="24"/>
        <source>In cash</source>
        <translation>En efectiu</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="25"/>
        <source>By direct debit from the external account</source>
        <translation>Per càrrec al compte extern</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="45"/>
        <source>A member who is {status} cannot contribute capital.</source>
        <translation>Un soci en estat {status} no pot aportar capital.</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="48"/>
        <source>The mandatory contribution is paid already: this one is voluntary.</source>
        <translation>L&apos;aportació obligatòria ja està pagada: aquesta és voluntària.</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="50"/>
        <source>The mandatory contribution is {amount}, exactly.</source>
        <translation>L&apos;aportació obligatòria és de {amount}, exactament.</translation>
    </message>
    <message>
        <location filename="../app/domain/contributions.py" line="53"/>
        <source>The mandatory contribution of {amount} comes first: a voluntary one is possible once it is paid.</source>
        <translation>L&apos;aportació obligatòria de {amount} va primer: una de voluntària és possible quan estigui pagada.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="32"/>
        <source>Issued, waiting for the member</source>
        <translation>Emès, a l&apos;espera del soci</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="33"/>
        <location filename="../app/services/members.py" line="28"/>
        <location filename="../app/services/otp.py" line="25"/>
        <location filename="../app/ui/member_summary.py" line="24"/>
        <source>Active</source>
        <translation>Actiu</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="33"/>
        <source>Key expired</source>
        <translation>Clau caducada</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="34"/>
        <source>Locked</source>
        <translation>Bloquejat</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="34"/>
        <source>Revoked</source>
        <translation>Revocat</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="50"/>
        <source>The user name takes 4 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>El nom d&apos;usuari admet de 4 a 40 lletres, dígits, punts, guionets o guions baixos.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="65"/>
        <location filename="../app/domain/passwords.py" line="14"/>
        <source>Use at least {n} characters.</source>
        <translation>Fes servir com a mínim {n} caràcters.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="67"/>
        <location filename="../app/domain/passwords.py" line="16"/>
        <location filename="../app/services/mail_server.py" line="91"/>
        <source>Use at most {n} characters.</source>
        <translation>Fes servir com a màxim {n} caràcters.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="70"/>
        <source>The password must not contain the member&apos;s document.</source>
        <translation>La contrasenya no pot contenir el document del soci.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="73"/>
        <source>The password must not contain the member&apos;s birth date.</source>
        <translation>La contrasenya no pot contenir la data de naixement del soci.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="75"/>
        <location filename="../app/domain/passwords.py" line="20"/>
        <source>Use at least four different characters.</source>
        <translation>Fes servir com a mínim quatre caràcters diferents.</translation>
    </message>
    <message>
        <location filename="../app/domain/credentials.py" line="77"/>
        <source>Use letters and digits.</source>
        <translation>Fes servir lletres i dígits.</translation>
    </message>
    <message>
        <location filename="../app/domain/day_count.py" line="27"/>
        <source>30/360 (30 days a month)</source>
        <translation>30/360 (30 dies al mes)</translation>
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
        <translation>Ingrés en efectiu</translation>
    </message>
    <message>
        <location filename="../app/domain/fees.py" line="58"/>
        <location filename="../app/services/cash_ops.py" line="165"/>
        <location filename="../app/services/receipts.py" line="24"/>
        <location filename="../app/ui/operations/cash.py" line="183"/>
        <source>Cash withdrawal</source>
        <translation>Reintegrament en efectiu</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="63"/>
        <source>The check letter of the DNI is wrong: expected {expected}.</source>
        <translation>La lletra del DNI és incorrecta: hauria de ser {expected}.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="64"/>
        <source>The check letter of the NIE is wrong: expected {expected}.</source>
        <translation>La lletra del NIE és incorrecta: hauria de ser {expected}.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="65"/>
        <source>The check letter of the NIF is wrong: expected {expected}.</source>
        <translation>La lletra del NIF és incorrecta: hauria de ser {expected}.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="70"/>
        <source>A DNI has 8 digits and a letter.</source>
        <translation>Un DNI té 8 dígits i una lletra.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="79"/>
        <source>A NIE has the letter X, Y or Z, 7 digits and a letter.</source>
        <translation>Un NIE té la lletra X, Y o Z, 7 dígits i una lletra.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="88"/>
        <source>A CIF has a letter, 7 digits and a check digit or letter.</source>
        <translation>Un CIF té una lletra, 7 dígits i un dígit o lletra de control.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="90"/>
        <source>The first letter of the CIF ({letter}) is not a kind of organisation.</source>
        <translation>La primera lletra del CIF ({letter}) no correspon a cap tipus d&apos;organització.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="93"/>
        <source>The check digit or letter of the CIF is wrong.</source>
        <translation>El dígit o la lletra de control del CIF és incorrecte.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="99"/>
        <location filename="../app/domain/identifiers.py" line="106"/>
        <source>A NIF has 9 characters.</source>
        <translation>Un NIF té 9 caràcters.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="128"/>
        <source>A cédula has 10 digits.</source>
        <translation>Una cèdula té 10 dígits.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="129"/>
        <source>The first two digits of the cédula are not a valid province.</source>
        <translation>Els dos primers dígits de la cèdula no són una província vàlida.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="131"/>
        <source>The third digit of the cédula is wrong.</source>
        <translation>El tercer dígit de la cèdula és incorrecte.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="135"/>
        <source>The check digit of the cédula is wrong: expected {expected}.</source>
        <translation>El dígit de control de la cèdula és incorrecte: hauria de ser {expected}.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="141"/>
        <source>A RUC has 13 digits.</source>
        <translation>Un RUC té 13 dígits.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="142"/>
        <source>The first two digits of the RUC are not a valid province.</source>
        <translation>Els dos primers dígits del RUC no són una província vàlida.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="144"/>
        <source>The third digit of the RUC is wrong.</source>
        <translation>El tercer dígit del RUC és incorrecte.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="147"/>
        <source>The establishment number of the RUC (its last digits) cannot be zero.</source>
        <translation>El número d&apos;establiment del RUC (els darrers dígits) no pot ser zero.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="151"/>
        <source>The check digit of the RUC is wrong.</source>
        <translation>El dígit de control del RUC és incorrecte.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="161"/>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>Un número de passaport té de 5 a 20 lletres i dígits.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="176"/>
        <source>Type the document number.</source>
        <translation>Escriu el número de document.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="212"/>
        <source>An account number has 20 digits, or is an IBAN starting with ES.</source>
        <translation>Un número de compte té 20 dígits o és un IBAN que comença per ES.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="216"/>
        <source>Both control digits of the account are wrong.</source>
        <translation>Els dos dígits de control del compte són incorrectes.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="218"/>
        <source>The bank-office control digit of the account is wrong.</source>
        <translation>El dígit de control d&apos;entitat i oficina del compte és incorrecte.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="220"/>
        <source>The account control digit is wrong.</source>
        <translation>El dígit de control del compte és incorrecte.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="228"/>
        <location filename="../app/domain/identifiers.py" line="251"/>
        <source>Type the account number.</source>
        <translation>Escriu el número de compte.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="232"/>
        <source>Only Spanish accounts are accepted: an IBAN starting with ES.</source>
        <translation>Només s&apos;accepten comptes espanyols: un IBAN que comenci per ES.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="234"/>
        <source>A Spanish IBAN has ES, 2 check digits and the 20 digits of the account.</source>
        <translation>Un IBAN espanyol té ES, 2 dígits de control i els 20 dígits del compte.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="239"/>
        <source>The check digits of the IBAN (after ES) are wrong.</source>
        <translation>Els dígits de control de l&apos;IBAN (després d&apos;ES) són incorrectes.</translation>
    </message>
    <message>
        <location filename="../app/domain/identifiers.py" line="253"/>
        <source>An account number has 6 to 20 digits.</source>
        <translation>Un número de compte té de 6 a 20 dígits.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="63"/>
        <location filename="../app/domain/institution_details.py" line="73"/>
        <source>This field is required.</source>
        <translation>Aquest camp és obligatori.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="65"/>
        <source>Use at most {maximum} characters.</source>
        <translation>Fes servir com a màxim {maximum} caràcters.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="76"/>
        <source>This is not a valid Spanish CIF or NIF (check the letter and the control character).</source>
        <translation>No és un CIF o NIF espanyol vàlid (revisa la lletra i el caràcter de control).</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="79"/>
        <source>This is not a valid RUC: 13 digits with a valid check digit.</source>
        <translation>No és un RUC vàlid: 13 dígits amb un dígit de control vàlid.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="88"/>
        <source>Write an e-mail address like name@example.org.</source>
        <translation>Escriu una adreça de correu electrònic com name@example.org.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="90"/>
        <source>Use digits, spaces and an optional leading +.</source>
        <translation>Fes servir dígits, espais i un + inicial opcional.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="101"/>
        <source>This is not a valid SEPA creditor identifier (e.g. ES94ZZZF08000002).</source>
        <translation>No és un identificador de creditor SEPA vàlid (p. ex., ES94ZZZF08000002).</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="116"/>
        <source>A BIC has 8 or 11 letters and digits, e.g. CAIXESBBXXX.</source>
        <translation>Un BIC té 8 o 11 lletres i dígits, p. ex., CAIXESBBXXX.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="119"/>
        <location filename="../app/domain/institution_details.py" line="121"/>
        <location filename="../app/domain/member_form.py" line="100"/>
        <location filename="../app/domain/settings.py" line="46"/>
        <source>Choose one of: {choices}.</source>
        <translation>Tria&apos;n un d&apos;aquests: {choices}.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="138"/>
        <source>Use the postal code&apos;s digits (and letters where the country has them).</source>
        <translation>Fes servir els dígits del codi postal (i les lletres, als països que en tenen).</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="163"/>
        <source>The logo file is larger than {kb} KB; use a smaller image.</source>
        <translation>El fitxer del logotip supera els {kb} KB; fes servir una imatge més petita.</translation>
    </message>
    <message>
        <location filename="../app/domain/institution_details.py" line="169"/>
        <source>Use a PNG or JPEG image for the logo.</source>
        <translation>Fes servir una imatge PNG o JPEG per al logotip.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="28"/>
        <source>Overdue</source>
        <translation>Vençuda</translation>
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
        <translation>Vigent</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="29"/>
        <source>Upcoming</source>
        <translation>Per vèncer</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="37"/>
        <source>Shorter term (same installment)</source>
        <translation>Termini més curt (mateixa quota)</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_payments.py" line="38"/>
        <source>Lower installment (same term)</source>
        <translation>Quota més baixa (mateix termini)</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="19"/>
        <source>Fees and insurance</source>
        <translation>Comissions i assegurances</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="22"/>
        <source>Due dates stay where they fall</source>
        <translation>Els venciments es mantenen en la seva data</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="23"/>
        <source>Moved to the next business day</source>
        <translation>Traslladats al dia hàbil següent</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="55"/>
        <source>Give the product a short code (up to 12 characters).</source>
        <translation>Indiqueu un codi curt per al producte (fins a 12 caràcters).</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="57"/>
        <source>Give the product a name.</source>
        <translation>Indiqueu un nom per al producte.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="59"/>
        <location filename="../app/domain/schedule.py" line="125"/>
        <source>The method is French or German.</source>
        <translation>El sistema ha de ser francès o alemany.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="61"/>
        <source>The rates go from the minimum up to the maximum, below 100 %.</source>
        <translation>Les taxes han d&apos;anar del mínim al màxim, per sota del 100 %.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="63"/>
        <source>The terms go from the minimum up to the maximum, 1 to {max} months.</source>
        <translation>Els terminis han d&apos;anar del mínim al màxim, d&apos;1 a {max} mesos.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="66"/>
        <source>The amounts go from a minimum above zero up to the maximum.</source>
        <translation>Els imports han d&apos;anar d&apos;un mínim superior a zero fins al màxim.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="68"/>
        <source>The amounts have more decimals than the currency.</source>
        <translation>Els imports tenen més decimals que la moneda.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="70"/>
        <source>Choose a day count.</source>
        <translation>Trieu una base de càlcul.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="72"/>
        <location filename="../app/domain/schedule.py" line="132"/>
        <source>The insurance rate must be from 0 up to 10 % a month.</source>
        <translation>La taxa de l&apos;assegurança ha d&apos;estar entre el 0 i el 10 % mensual.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="74"/>
        <source>Late interest may not exceed {cap} times the contract rate (at most {limit} % here).</source>
        <translation>L&apos;interès de demora no pot superar {cap} vegades la taxa del contracte (com a màxim, el {limit} % en aquest cas).</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="78"/>
        <source>The opening fee must be from 0 up to 10 % plus a fixed amount.</source>
        <translation>La comissió d&apos;obertura ha d&apos;estar entre el 0 i el 10 % més un import fix.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="80"/>
        <source>Due dates stay or move to the next business day.</source>
        <translation>Els venciments es mantenen o es traslladen al dia hàbil següent.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="82"/>
        <source>The repayment order lists late interest, fees and insurance, interest and principal, each once.</source>
        <translation>L&apos;ordre d&apos;imputació dels pagaments ha d&apos;incloure l&apos;interès de demora, les comissions i assegurances, els interessos i el capital, cadascun una sola vegada.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="85"/>
        <location filename="../app/domain/schedule.py" line="129"/>
        <source>The installment multiple must be a positive amount in the currency&apos;s units, like 0.01 or 1.</source>
        <translation>El múltiple de la quota ha de ser un import positiu en unitats de la moneda, com ara 0.01 o 1.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="88"/>
        <source>The grace periods must be fewer than the shortest term.</source>
        <translation>Els períodes de carència han de ser inferiors al termini mínim.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="94"/>
        <source>This product lends from {min} to {max}.</source>
        <translation>Aquest producte concedeix préstecs de {min} a {max}.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="97"/>
        <source>This product&apos;s term is {min} to {max} months.</source>
        <translation>El termini d&apos;aquest producte és de {min} a {max} mesos.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="100"/>
        <source>This product&apos;s rate is from {min} % to {max} %.</source>
        <translation>La taxa d&apos;aquest producte va del {min} % al {max} %.</translation>
    </message>
    <message>
        <location filename="../app/domain/loan_products.py" line="103"/>
        <source>This product allows up to {max} installments of grace.</source>
        <translation>Aquest producte admet fins a {max} quotes de carència.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="83"/>
        <location filename="../app/domain/member_form.py" line="136"/>
        <location filename="../app/domain/member_form.py" line="149"/>
        <source>Use at most {n} characters (this has {length}).</source>
        <translation>Fes servir com a màxim {n} caràcters (aquí n&apos;hi ha {length}).</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="86"/>
        <source>Remove the characters &lt; &gt; ; {{ }} \ ` |.</source>
        <translation>Treu els caràcters &lt; &gt; ; {{ }} \ ` |.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="92"/>
        <source>Type the identity document.</source>
        <translation>Escriu el document d&apos;identitat.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="105"/>
        <source>This does not look like any of: {choices}. Choose the document type.</source>
        <translation>No sembla cap d&apos;aquests: {choices}. Tria el tipus de document.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="121"/>
        <source>Say which bank holds the account.</source>
        <translation>Indica a quin banc és el compte.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="134"/>
        <source>This cannot be empty.</source>
        <translation>No pot estar buit.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="140"/>
        <source>Use letters, digits, spaces and &amp; &apos; . , - ( ) / + only.</source>
        <translation>Fes servir només lletres, dígits, espais i &amp; &apos; . , - ( ) / +.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="142"/>
        <source>An organisation has no surnames: leave this empty.</source>
        <translation>Una organització no té cognoms: deixa-ho buit.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="145"/>
        <location filename="../app/domain/member_form.py" line="152"/>
        <source>Use letters, spaces, apostrophes, hyphens and dots only.</source>
        <translation>Fes servir només lletres, espais, apòstrofs, guionets i punts.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="147"/>
        <source>Type at least one surname.</source>
        <translation>Escriu com a mínim un cognom.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="154"/>
        <source>The document expired on {date}: ask for a valid one.</source>
        <translation>El document va caducar el {date}: demana&apos;n un de vigent.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="158"/>
        <source>An organisation has no birth date: leave this empty.</source>
        <translation>Una organització no té data de naixement: deixa-ho buit.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="160"/>
        <source>The birth date is in the future.</source>
        <translation>La data de naixement és futura.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="162"/>
        <source>The birth date is more than 120 years ago.</source>
        <translation>La data de naixement és de fa més de 120 anys.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="165"/>
        <location filename="../app/services/mail_server.py" line="88"/>
        <location filename="../app/services/mail_server.py" line="127"/>
        <source>Type an address like name@example.org.</source>
        <translation>Escriu una adreça com nom@example.org.</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="168"/>
        <source>Type digits, with an optional leading + (at least 6 digits).</source>
        <translation>Escriu dígits, amb un + inicial opcional (com a mínim 6 dígits).</translation>
    </message>
    <message>
        <location filename="../app/domain/member_form.py" line="170"/>
        <source>Choose low, medium or high.</source>
        <translation>Tria baix, mitjà o alt.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="70"/>
        <source>This currency has no decimals.</source>
        <translation>Aquesta moneda no té decimals.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="71"/>
        <source>This currency has {n} decimals.</source>
        <translation>Aquesta moneda té {n} decimals.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="78"/>
        <location filename="../app/domain/money.py" line="129"/>
        <location filename="../app/services/cash_ops.py" line="51"/>
        <source>Type an amount.</source>
        <translation>Escriu un import.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="136"/>
        <source>Type the amount with digits only, as {example}.</source>
        <translation>Escriu l&apos;import només amb dígits, així: {example}.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="138"/>
        <source>Type the amount as {example}.</source>
        <translation>Escriu l&apos;import així: {example}.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="144"/>
        <source>The amount is too large.</source>
        <translation>L&apos;import és massa gran.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="148"/>
        <source>The amount cannot be zero.</source>
        <translation>L&apos;import no pot ser zero.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="149"/>
        <location filename="../app/domain/money.py" line="153"/>
        <location filename="../app/services/cash_ops.py" line="53"/>
        <location filename="../app/services/drawer.py" line="117"/>
        <location filename="../app/services/ledger.py" line="259"/>
        <source>The amount must be greater than zero.</source>
        <translation>L&apos;import ha de ser més gran que zero.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.py" line="152"/>
        <source>The amount cannot be negative.</source>
        <translation>L&apos;import no pot ser negatiu.</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="22"/>
        <source>Being sent</source>
        <translation>Enviant-se</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="22"/>
        <source>Waiting to be sent</source>
        <translation>Pendent d&apos;enviament</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="23"/>
        <source>Failed, will retry</source>
        <translation>Fallit, es tornarà a provar</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="23"/>
        <source>Sent</source>
        <translation>Enviat</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="24"/>
        <location filename="../app/services/loan_views.py" line="26"/>
        <location filename="../app/services/petitions.py" line="28"/>
        <source>Cancelled</source>
        <translation>Cancel·lada</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="24"/>
        <source>Failed, gave up</source>
        <translation>Fallit, sense més intents</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="40"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="40"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS des de l&apos;inici (port 465)</translation>
    </message>
    <message>
        <location filename="../app/domain/outbox.py" line="41"/>
        <source>None (a relay inside the branch network)</source>
        <translation>Cap (un servidor de retransmissió dins de la xarxa de l&apos;oficina)</translation>
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
        <translation>sense xifrar</translation>
    </message>
    <message>
        <location filename="../app/domain/passwords.py" line="18"/>
        <source>The password must not contain the user name.</source>
        <translation>La contrasenya no ha de contenir l&apos;usuari.</translation>
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
        <translation>Tria un dia de l&apos;1 al 28 (tots els mesos el tenen).</translation>
    </message>
    <message>
        <location filename="../app/domain/periodic.py" line="17"/>
        <source>Choose monthly, quarterly or yearly.</source>
        <translation>Tria mensual, trimestral o anual.</translation>
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
        <translation>Compte d&apos;estalvis</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="38"/>
        <source>Mandatory capital</source>
        <translation>Capital obligatori</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="39"/>
        <source>Voluntary capital</source>
        <translation>Capital voluntari</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="40"/>
        <source>Contribution certificates</source>
        <translation>Certificats d&apos;aportació</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="43"/>
        <source>Vault</source>
        <translation>Cambra cuirassada</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="44"/>
        <source>Cash drawer</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="45"/>
        <location filename="../app/services/errors.py" line="14"/>
        <source>Bank</source>
        <translation>Banc</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="46"/>
        <source>Clearing</source>
        <translation>Compensació</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="47"/>
        <source>Fee income</source>
        <translation>Ingressos per comissions</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="48"/>
        <source>Taxes payable</source>
        <translation>Impostos a pagar</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="49"/>
        <source>Interest expense</source>
        <translation>Despeses per interessos</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="50"/>
        <location filename="../app/domain/profiles.py" line="112"/>
        <location filename="../app/domain/profiles.py" line="134"/>
        <source>Cash over and short</source>
        <translation>Sobrants i faltants de caixa</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="51"/>
        <source>Interest on loans</source>
        <translation>Interessos de préstecs</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="52"/>
        <location filename="../app/domain/profiles.py" line="114"/>
        <location filename="../app/domain/profiles.py" line="136"/>
        <source>Late interest on loans</source>
        <translation>Interessos de demora de préstecs</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="53"/>
        <location filename="../app/domain/profiles.py" line="115"/>
        <location filename="../app/domain/profiles.py" line="137"/>
        <source>Credit-life insurance payable</source>
        <translation>Assegurança de vida vinculada per pagar</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="99"/>
        <source>Spanish ethical-finance cooperative</source>
        <translation>Cooperativa espanyola de finances ètiques</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="106"/>
        <source>Vault cash</source>
        <translation>Efectiu a la cambra cuirassada</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="107"/>
        <source>Current account at the bank</source>
        <translation>Compte corrent al banc</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="108"/>
        <source>Items pending application</source>
        <translation>Partides pendents d&apos;aplicació</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="109"/>
        <location filename="../app/domain/profiles.py" line="131"/>
        <source>Income from services</source>
        <translation>Ingressos per serveis</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="110"/>
        <source>Withholding payable to the tax office</source>
        <translation>Retencions a ingressar a Hisenda</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="111"/>
        <source>Remuneration of capital</source>
        <translation>Remuneració del capital</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="113"/>
        <source>Interest on loans to members</source>
        <translation>Interessos de préstecs a socis</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="121"/>
        <source>Ecuadorian savings and credit cooperative</source>
        <translation>Cooperativa d&apos;estalvi i crèdit equatoriana</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="128"/>
        <source>Cash</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="129"/>
        <source>Banks and other financial institutions</source>
        <translation>Bancs i altres institucions financeres</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="130"/>
        <source>Other assets: clearing</source>
        <translation>Altres actius: compensació</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="132"/>
        <source>VAT payable</source>
        <translation>IVA a pagar</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="133"/>
        <source>Interest on savings deposits</source>
        <translation>Interessos de dipòsits d&apos;estalvi</translation>
    </message>
    <message>
        <location filename="../app/domain/profiles.py" line="135"/>
        <source>Interest on consumer loans</source>
        <translation>Interessos de préstecs al consum</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="40"/>
        <source>French (equal installments)</source>
        <translation>Francès (quotes constants)</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="41"/>
        <source>German (equal principal)</source>
        <translation>Alemany (capital constant)</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="42"/>
        <source>French</source>
        <translation>francès</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="42"/>
        <source>German</source>
        <translation>alemany</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="117"/>
        <source>The amount lent must be greater than zero.</source>
        <translation>L&apos;import prestat ha de ser superior a zero.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="119"/>
        <source>The amount lent has more decimals than the currency.</source>
        <translation>L&apos;import prestat té més decimals que la moneda.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="121"/>
        <source>The rate must be from 0 up to 100 % a year.</source>
        <translation>La taxa ha d&apos;estar entre el 0 i el 100 % anual.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="123"/>
        <source>The term must be from 1 to {max} months.</source>
        <translation>El termini ha de ser d&apos;1 a {max} mesos.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="127"/>
        <source>The grace periods must be fewer than the installments.</source>
        <translation>Els períodes de carència han de ser inferiors al nombre de quotes.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="135"/>
        <source>The first due date must come after the disbursement and within a year of it.</source>
        <translation>El primer venciment ha de ser posterior al desemborsament i no més d&apos;un any després.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="138"/>
        <source>Rounding is half-up or half-even.</source>
        <translation>L&apos;arrodoniment ha de ser aritmètic (meitat cap amunt) o bancari (meitat al parell).</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="140"/>
        <source>The fees must be from zero up to less than the amount lent.</source>
        <translation>Les comissions han de ser iguals o superiors a zero i inferiors a l&apos;import prestat.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="142"/>
        <source>There is no installment {n} in {months}.</source>
        <translation>No existeix la quota {n} de {months}.</translation>
    </message>
    <message>
        <location filename="../app/domain/schedule.py" line="145"/>
        <source>The installment must be greater than zero.</source>
        <translation>La quota ha de ser superior a zero.</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="40"/>
        <source>This is not a valid value.</source>
        <translation>Aquest valor no és vàlid.</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="42"/>
        <source>Use {minimum} or more.</source>
        <translation>Fes servir {minimum} o més.</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="44"/>
        <source>Use {maximum} or less.</source>
        <translation>Fes servir {maximum} o menys.</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="65"/>
        <source>Cash per operation: warn above</source>
        <translation>Efectiu per operació: avisa per sobre de</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="67"/>
        <source>Cash per operation: supervisor above</source>
        <translation>Efectiu per operació: supervisor per sobre de</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="69"/>
        <source>Drawer cash ceiling</source>
        <translation>Límit d&apos;efectiu a la caixa</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="71"/>
        <source>Refuse cash payments of 1,000 EUR or more</source>
        <translation>Rebutja pagaments en efectiu de 1.000 EUR o més</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="73"/>
        <source>Cash payment limit (Ley 7/2012)</source>
        <translation>Límit de pagaments en efectiu (Llei 7/2012)</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="75"/>
        <source>Cash reported to the FIU from (alone or 30 days)</source>
        <translation>Efectiu comunicat a la UIF a partir de (per operació o en 30 dies)</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="77"/>
        <source>VAT on commissions</source>
        <translation>IVA sobre comissions</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="79"/>
        <source>Withholding on returns</source>
        <translation>Retenció sobre rendiments</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="81"/>
        <source>Rounding</source>
        <translation>Arrodoniment</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="83"/>
        <source>Number format</source>
        <translation>Format de número</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="85"/>
        <source>Late interest: at most this share of the contract rate</source>
        <translation>Interès de demora: com a màxim aquesta proporció de la taxa del contracte</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="87"/>
        <source>Lock the desk after idle minutes</source>
        <translation>Bloqueja el terminal després de minuts d&apos;inactivitat</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="93"/>
        <source>Half up (0.005 -&gt; 0.01)</source>
        <translation>Meitat cap amunt (0.005 -&gt; 0.01)</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="94"/>
        <source>Half even (0.005 -&gt; 0.00, 0.015 -&gt; 0.02)</source>
        <translation>Meitat al parell (0.005 -&gt; 0.00, 0.015 -&gt; 0.02)</translation>
    </message>
    <message>
        <location filename="../app/domain/settings.py" line="124"/>
        <source>Type a percentage such as 15 or 2,5.</source>
        <translation>Escriu un percentatge com 15 o 2,5.</translation>
    </message>
    <message>
        <location filename="../app/services/accounting.py" line="78"/>
        <location filename="../app/services/movements.py" line="71"/>
        <source>The first date is after the last one.</source>
        <translation>La primera data és posterior a la darrera.</translation>
    </message>
    <message>
        <location filename="../app/services/accounts.py" line="21"/>
        <source>This branch has no {product} account.</source>
        <translation>Aquesta oficina no té compte de «{product}».</translation>
    </message>
    <message>
        <location filename="../app/services/aml_report.py" line="31"/>
        <source>Choose a month from 1 to 12.</source>
        <translation>Tria un mes de l&apos;1 al 12.</translation>
    </message>
    <message>
        <location filename="../app/services/audit.py" line="97"/>
        <source>Audit row {seq} is missing: the chain jumps from {prev} to {next}.</source>
        <translation>Falta la fila d&apos;auditoria {seq}: la cadena salta de {prev} a {next}.</translation>
    </message>
    <message>
        <location filename="../app/services/audit.py" line="101"/>
        <source>Audit row {seq} is out of order or a row before it was removed: it does not follow the row before it.</source>
        <translation>La fila d&apos;auditoria {seq} està fora d&apos;ordre o se n&apos;ha eliminat una d&apos;anterior: no segueix la fila prèvia.</translation>
    </message>
    <message>
        <location filename="../app/services/audit.py" line="107"/>
        <source>Audit row {seq} was changed after it was written (or the key is not this ledger&apos;s).</source>
        <translation>La fila d&apos;auditoria {seq} es va modificar després d&apos;escriure&apos;s (o la clau no és la d&apos;aquesta comptabilitat).</translation>
    </message>
    <message>
        <location filename="../app/services/audit.py" line="114"/>
        <source>The audit chain ends at row {last} but its head says {head}: rows were removed from the end.</source>
        <translation>La cadena d&apos;auditoria acaba a la fila {last}, però la capçalera indica {head}: s&apos;han eliminat files del final.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="62"/>
        <location filename="../app/services/auth.py" line="74"/>
        <location filename="../app/services/auth.py" line="90"/>
        <source>Wrong user name or password.</source>
        <translation>Usuari o contrasenya incorrectes.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="76"/>
        <source>This user is locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>Aquest usuari està bloquejat després de massa intents fallits. Demana a un administrador que el desbloquegi.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="88"/>
        <source>Wrong password. The user is now locked; ask an administrator to unlock it.</source>
        <translation>Contrasenya incorrecta. L&apos;usuari ha quedat bloquejat; demana a un administrador que el desbloquegi.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="100"/>
        <source>Use 2 to 40 lowercase letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Fes servir de 2 a 40 lletres minúscules, dígits, punts, guionets o guions baixos, començant per una lletra.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="103"/>
        <source>Write the full name (1 to 120 characters).</source>
        <translation>Escriu el nom complet (d&apos;1 a 120 caràcters).</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="105"/>
        <location filename="../app/services/auth.py" line="179"/>
        <source>Choose one of: teller, supervisor, administrator, auditor.</source>
        <translation>Tria&apos;n un: teller (caixer), supervisor, administrator (administrador), auditor.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="115"/>
        <source>The user name {username} is taken.</source>
        <translation>L&apos;usuari {username} ja existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="140"/>
        <location filename="../app/services/branches.py" line="77"/>
        <source>Branch {id} does not exist.</source>
        <translation>L&apos;oficina {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="142"/>
        <source>The branch {branch} is closed; choose an open one.</source>
        <translation>L&apos;oficina {branch} és tancada; tria&apos;n una d&apos;oberta.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="151"/>
        <source>There is no user {username}.</source>
        <translation>No existeix l&apos;usuari {username}.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="168"/>
        <source>You cannot lock yourself out.</source>
        <translation>No et pots bloquejar a tu mateix.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="181"/>
        <source>You cannot change your own role.</source>
        <translation>No pots canviar el teu propi rol.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="196"/>
        <source>{username} has a cash drawer open: close it before moving them to another branch.</source>
        <translation>{username} té una caixa oberta: tanca-la abans del trasllat a una altra oficina.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="221"/>
        <source>The current password is wrong.</source>
        <translation>La contrasenya actual és incorrecta.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="223"/>
        <source>Choose a password different from the current one.</source>
        <translation>Tria una contrasenya diferent de l&apos;actual.</translation>
    </message>
    <message>
        <location filename="../app/services/auth.py" line="235"/>
        <source>Choose Spanish (es), Catalan (ca) or English (en).</source>
        <translation>Tria castellà (es), català (ca) o anglès (en).</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="71"/>
        <source>{file} is a folder: give a file name.</source>
        <translation>{file} és una carpeta: indica un nom de fitxer.</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="73"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="80"/>
        <source>{file} is the ledger itself: write the backup to another file.</source>
        <translation>{file} és la mateixa comptabilitat: escriu la còpia de seguretat en un altre fitxer.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="83"/>
        <source>This file is not a Ventanilla backup, or it is damaged.</source>
        <translation>Aquest fitxer no és una còpia de seguretat de Ventanilla o està malmès.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="103"/>
        <location filename="../app/services/context.py" line="127"/>
        <source>This database holds no ledger yet: run ventanilla init.</source>
        <translation>Aquesta base de dades encara no té comptabilitat: executa ventanilla init.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="120"/>
        <source>There is no file {file}.</source>
        <translation>No existeix el fitxer {file}.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="122"/>
        <location filename="../app/services/restore.py" line="218"/>
        <source>Cannot read {file}.</source>
        <translation>No es pot llegir {file}.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="145"/>
        <source>The backup&apos;s manifest does not verify with this ledger&apos;s key: the file was altered, or the key is not this ledger&apos;s.</source>
        <translation>El manifest de la còpia de seguretat no es verifica amb la clau d&apos;aquesta comptabilitat: el fitxer s&apos;ha alterat o la clau no és d&apos;aquesta comptabilitat.</translation>
    </message>
    <message>
        <location filename="../app/services/backup_file.py" line="177"/>
        <source>The database copy in this backup was altered or damaged: it does not match the SHA-256 in its manifest.</source>
        <translation>La còpia de la base de dades d&apos;aquesta còpia de seguretat està alterada o malmesa: no coincideix amb l&apos;SHA-256 del manifest.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="91"/>
        <source>Bank file {id} does not exist.</source>
        <translation>El fitxer bancari {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="105"/>
        <source>Set the cooperative&apos;s IBAN (Administration, Institution) before making a transfer file.</source>
        <translation>Indica l&apos;IBAN de la cooperativa (Administració, Entitat) abans de generar un fitxer de transferències.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="118"/>
        <source>The transfer file does not pass the {version} schema: {error}</source>
        <translation>El fitxer de transferències no supera l&apos;esquema {version}: {error}</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="138"/>
        <source>No transfers are waiting for a file.</source>
        <translation>No hi ha transferències pendents de fitxer.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="204"/>
        <location filename="../app/services/contributions.py" line="155"/>
        <location filename="../app/services/periodic.py" line="57"/>
        <location filename="../app/services/periodic.py" line="104"/>
        <source>Direct debits (SEPA) are for the Spanish profile.</source>
        <translation>Els càrrecs directes (SEPA) són del perfil espanyol.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="208"/>
        <source>No direct debits are waiting for a file.</source>
        <translation>No hi ha càrrecs pendents de fitxer.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="210"/>
        <source>Set the cooperative&apos;s SEPA creditor ID and IBAN (Administration, Institution) before collecting.</source>
        <translation>Indica l&apos;identificador de creditor SEPA i l&apos;IBAN de la cooperativa (Administració, Entitat) abans de cobrar.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="213"/>
        <source>The {version} file needs the cooperative&apos;s BIC.</source>
        <translation>El fitxer {version} necessita el BIC de la cooperativa.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="235"/>
        <source>The collection file does not pass the {version} schema: {error}</source>
        <translation>El fitxer de càrrecs no supera l&apos;esquema {version}: {error}</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="263"/>
        <source>Write the bank&apos;s reason for the return.</source>
        <translation>Escriu el motiu del retorn que dona el banc.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="268"/>
        <source>Direct debit {id} does not exist.</source>
        <translation>El càrrec {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/bank_files.py" line="270"/>
        <source>Only a direct debit sent to the bank can be returned (this one is {status}).</source>
        <translation>Només es pot retornar un càrrec enviat al banc (aquest està {status}).</translation>
    </message>
    <message>
        <location filename="../app/services/branches.py" line="60"/>
        <location filename="../app/services/branches.py" line="87"/>
        <source>There is a branch called {name} already.</source>
        <translation>Ja hi ha una oficina anomenada {name}.</translation>
    </message>
    <message>
        <location filename="../app/services/branches.py" line="103"/>
        <source>{n} staff users work at {branch}: move them to another branch first.</source>
        <translation>{n} usuaris del personal treballen a {branch}: trasllada&apos;ls abans a una altra oficina.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="47"/>
        <source>The {card} is blocked: unblock it before its PIN changes.</source>
        <translation>La {card} està bloquejada: desbloqueja-la abans de canviar-ne el PIN.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="49"/>
        <source>The {card} is cancelled: its PIN never changes again.</source>
        <translation>La {card} està cancel·lada: el seu PIN ja no canvia mai més.</translation>
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
        <translation>Benvolgut/uda {name},

S&apos;ha generat un PIN provisional per a la seva targeta:

Número de targeta: {number}
Tipus de targeta: {kind}
Data: {date}
Hora: {time}
PIN provisional: {pin}

Canviï&apos;l a l&apos;oficina o en un caixer automàtic abans de fer servir la targeta: funcionarà fins que ho faci.

Si vostè no ho ha demanat, avisi immediatament {institution}.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="68"/>
        <source>Print the PIN mailer or send it by e-mail.</source>
        <translation>Imprimeix la carta del PIN o envia-la per correu electrònic.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="74"/>
        <source>The member has no e-mail address: print the PIN mailer.</source>
        <translation>El soci no té adreça de correu electrònic: imprimeix la carta del PIN.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="87"/>
        <source>Temporary PIN of your card {number}</source>
        <translation>PIN provisional de la seva targeta {number}</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="103"/>
        <source>The PIN of the {card} was reset meanwhile: type the new one.</source>
        <translation>El PIN de la {card} s&apos;ha restablert mentrestant: escrigui el nou.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="111"/>
        <source>Wrong PIN, the third in a row: the PIN is locked. The branch issues a new one.</source>
        <translation>PIN incorrecte per tercera vegada seguida: el PIN ha quedat bloquejat. L&apos;oficina n&apos;emetrà un de nou.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="113"/>
        <source>That is not the card&apos;s PIN ({left} tries left).</source>
        <translation>Aquest no és el PIN de la targeta (intents restants: {left}).</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="125"/>
        <source>The PIN of the {card} is locked after wrong tries: reset it first.</source>
        <translation>El PIN de la {card} està bloquejat després de diversos intents fallits: restableix-lo primer.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="128"/>
        <source>The {card} has no PIN yet: reset it to issue a temporary one.</source>
        <translation>La {card} encara no té PIN: restableix-lo per emetre&apos;n un de provisional.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="136"/>
        <source>Choose a PIN other than the current one.</source>
        <translation>Triï un PIN diferent de l&apos;actual.</translation>
    </message>
    <message>
        <location filename="../app/services/card_pins.py" line="138"/>
        <source>The two new PINs differ: type it again.</source>
        <translation>Els dos PIN nous no coincideixen: torni a escriure&apos;l.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="96"/>
        <source>Card {id} does not exist.</source>
        <translation>La targeta {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="102"/>
        <source>{kind} {number} ({brand})</source>
        <translation>{kind} {number} ({brand})</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="122"/>
        <source>Choose a debit or a credit card.</source>
        <translation>Tria una targeta de dèbit o de crèdit.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="129"/>
        <source>This card has expired: issue one that has not.</source>
        <translation>Aquesta targeta ha caducat: emet-ne una que no hagi caducat.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="135"/>
        <source>Link the card to one of the member&apos;s open savings accounts.</source>
        <translation>Vincula la targeta a un dels comptes d&apos;estalvis oberts del soci.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="140"/>
        <source>Give the card a limit above zero.</source>
        <translation>Assigna a la targeta un límit superior a zero.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="142"/>
        <source>Use at most {n} decimals.</source>
        <translation>Fes servir com a màxim {n} decimals.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="151"/>
        <source>The member has {n} credit card accounts already.</source>
        <translation>El soci ja té {n} comptes de targeta de crèdit.</translation>
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
        <translation>El soci {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="162"/>
        <source>Member {number} is {status}: cards are for active members.</source>
        <translation>El soci {number} està en estat {status}: les targetes són per a socis actius.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="167"/>
        <source>This card is issued already.</source>
        <translation>Aquesta targeta ja està emesa.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="190"/>
        <source>Say why the card is blocked.</source>
        <translation>Indica el motiu del bloqueig de la targeta.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="194"/>
        <source>The {card} is not active.</source>
        <translation>La {card} no està activa.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="210"/>
        <source>The {card} is not blocked.</source>
        <translation>La {card} no està bloquejada.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="212"/>
        <source>A card blocked as stolen or used by someone else stays blocked: cancel it and issue a new one.</source>
        <translation>Una targeta bloquejada per robatori o per ús d&apos;una altra persona continua bloquejada: cancel·la-la i emet-ne una de nova.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="225"/>
        <source>Say why the card is cancelled.</source>
        <translation>Indica el motiu de la cancel·lació de la targeta.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="229"/>
        <source>The {card} is cancelled already.</source>
        <translation>La {card} ja està cancel·lada.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="234"/>
        <source>{amount} is owed on the {card}: settle it first.</source>
        <translation>Es deuen {amount} a la {card}: liquida primer el deute.</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="253"/>
        <source>A new temporary PIN for the card</source>
        <translation>Nou PIN provisional de la targeta</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="253"/>
        <source>Unblock the card</source>
        <translation>Desbloqueig de la targeta</translation>
    </message>
    <message>
        <location filename="../app/services/cards.py" line="272"/>
        <source>Unknown card request.</source>
        <translation>Sol·licitud de targeta desconeguda.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="37"/>
        <source>The available balance is {available}: not enough for {total}.</source>
        <translation>El saldo disponible és {available}: no n&apos;hi ha prou per a {total}.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="88"/>
        <source>Above the teller&apos;s usual limit of {limit}: check the cash twice.</source>
        <translation>Per sobre del límit habitual del caixer, {limit}: comprova l&apos;efectiu dues vegades.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="92"/>
        <source>Above the limit of {limit}: a supervisor must approve.</source>
        <translation>Per sobre del límit de {limit}: l&apos;ha d&apos;aprovar un supervisor.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="98"/>
        <source>Cash of {threshold} or more in 30 days: the member declares the origin of the funds and a supervisor approves. It will be reported to the financial intelligence unit.</source>
        <translation>Efectiu de {threshold} o més en 30 dies: el soci declara l&apos;origen dels fons i un supervisor ho aprova. Es comunicarà a la unitat d&apos;intel·ligència financera.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="106"/>
        <source>The drawer will hold more than {ceiling}: move cash to the vault after this operation.</source>
        <translation>La caixa tindrà més de {ceiling}: passa efectiu a la cambra cuirassada després d&apos;aquesta operació.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="123"/>
        <source>This person is neither a holder nor authorised on account {number}.</source>
        <translation>Aquesta persona no és titular ni autoritzada del compte {number}.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="132"/>
        <location filename="../app/services/ledger.py" line="82"/>
        <location filename="../app/services/ledger.py" line="296"/>
        <location filename="../app/services/movements.py" line="58"/>
        <source>Account {id} does not exist.</source>
        <translation>El compte {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="134"/>
        <source>Cash deposits and withdrawals are for savings accounts.</source>
        <translation>Els ingressos i reintegraments en efectiu són per a comptes d&apos;estalvis.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="136"/>
        <source>Account {number} is {status}.</source>
        <translation>El compte {number} està en estat «{status}».</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="147"/>
        <location filename="../app/services/contributions.py" line="163"/>
        <source>Cash received</source>
        <translation>Efectiu rebut</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="150"/>
        <source>Cash paid out</source>
        <translation>Efectiu pagat</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="160"/>
        <source>The fees are larger than the deposit.</source>
        <translation>Les comissions superen l&apos;ingrés.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="177"/>
        <location filename="../app/services/loan_repayment.py" line="183"/>
        <source>Write where the money comes from (the member&apos;s declaration).</source>
        <translation>Escriu d&apos;on prové el diner (declaració del soci).</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="181"/>
        <source>A supervisor must approve this operation at the counter.</source>
        <translation>Un supervisor ha d&apos;aprovar aquesta operació a la finestreta.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="206"/>
        <source>Unknown operation {kind}.</source>
        <translation>Operació desconeguda: {kind}.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="236"/>
        <source>Allow a cash deposit of {amount} on account {account} above the teller&apos;s limit.</source>
        <translation>Autoritza un ingrés en efectiu de {amount} al compte {account} per sobre del límit del caixer.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="238"/>
        <source>Allow a cash withdrawal of {amount} on account {account} above the teller&apos;s limit.</source>
        <translation>Autoritza un reintegrament en efectiu de {amount} del compte {account} per sobre del límit del caixer.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="240"/>
        <source>Allow a cash contribution of {amount} to account {account} above the teller&apos;s limit.</source>
        <translation>Autoritza una aportació en efectiu de {amount} al compte {account} per sobre del límit del caixer.</translation>
    </message>
    <message>
        <location filename="../app/services/cash_ops.py" line="249"/>
        <source>Cash over the limit</source>
        <translation>Efectiu per sobre del límit</translation>
    </message>
    <message>
        <location filename="../app/services/context.py" line="109"/>
        <source>This user no longer exists or was deactivated.</source>
        <translation>Aquest usuari ja no existeix o s&apos;ha desactivat.</translation>
    </message>
    <message>
        <location filename="../app/services/context.py" line="111"/>
        <source>This user is locked. An administrator can unlock it.</source>
        <translation>Aquest usuari està bloquejat. Un administrador el pot desbloquejar.</translation>
    </message>
    <message>
        <location filename="../app/services/context.py" line="113"/>
        <source>Your role ({role}) may not do this.</source>
        <translation>El teu rol ({role}) no permet fer això.</translation>
    </message>
    <message>
        <location filename="../app/services/context.py" line="118"/>
        <source>Your role may not do this.</source>
        <translation>El teu rol no permet fer això.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="128"/>
        <location filename="../app/services/refunds.py" line="143"/>
        <source>This member has no open capital account.</source>
        <translation>Aquest soci no té cap compte de capital obert.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="139"/>
        <source>Choose a mandatory or a voluntary contribution, in cash or from savings.</source>
        <translation>Tria una aportació obligatòria o voluntària, en efectiu o des de l&apos;estalvi.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="157"/>
        <source>Direct debit from {account}</source>
        <translation>Càrrec a {account}</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="166"/>
        <source>This institution has no savings accounts: take the contribution in cash.</source>
        <translation>Aquesta entitat no té comptes d&apos;estalvis: cobra l&apos;aportació en efectiu.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="170"/>
        <location filename="../app/services/loans.py" line="194"/>
        <location filename="../app/services/periodic.py" line="109"/>
        <location filename="../app/services/refunds.py" line="83"/>
        <source>Choose one of the member&apos;s savings accounts.</source>
        <translation>Tria un dels comptes d&apos;estalvis del soci.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="175"/>
        <source>From savings account {number}</source>
        <translation>Des del compte d&apos;estalvis {number}</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="177"/>
        <source>Paying it makes {name} an active member.</source>
        <translation>En pagar-la, {name} passa a ser soci actiu.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="242"/>
        <source>{name} is now an active member.</source>
        <translation>{name} ja és soci actiu.</translation>
    </message>
    <message>
        <location filename="../app/services/contributions.py" line="253"/>
        <source>The member has no signed SEPA mandate for their external account: register it first.</source>
        <translation>El soci no té cap mandat SEPA signat per al seu compte extern: registra&apos;l primer.</translation>
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
        <translation>Benvolgut/uda {name},

El seu accés a la banca en línia de {institution} està a punt per completar-lo.

Nom d&apos;usuari: {username}
Clau de registre: {key}
Vàlida fins a: {expires}

Per completar-lo, obri la pàgina de registre de l&apos;oficina en línia i escrigui el seu document, aquesta clau de registre, el compte extern que va registrar amb nosaltres i la contrasenya que triï (com a mínim {min} caràcters, amb lletres i dígits, que no siguin el seu document ni la seva data de naixement). La clau només serveix una vegada.

Si vostè no ho ha demanat, avisi la seva oficina.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="103"/>
        <source>Print the letter or send it by e-mail.</source>
        <translation>Imprimeix la carta o envia-la per correu electrònic.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="109"/>
        <source>Member {number} is {status}: online access is for active members.</source>
        <translation>El soci {number} està en estat {status}: l&apos;accés en línia és per a socis actius.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="112"/>
        <source>The member has no e-mail address: print the letter.</source>
        <translation>El soci no té adreça de correu electrònic: imprimeix la carta.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="119"/>
        <source>The member has online credentials already ({status}): reissue them.</source>
        <translation>El soci ja té credencials en línia ({status}): torna-les a emetre.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="124"/>
        <source>Another member has this user name.</source>
        <translation>Un altre soci ja té aquest nom d&apos;usuari.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="142"/>
        <source>Your online banking access at {institution}</source>
        <translation>El seu accés a la banca en línia de {institution}</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="154"/>
        <source>Say why the access is revoked.</source>
        <translation>Indica per què es revoca l&apos;accés.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="158"/>
        <source>The member has no online credentials to revoke.</source>
        <translation>El soci no té credencials en línia per revocar.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="177"/>
        <source>Too many failed attempts: the access is locked. Ask your branch to issue it again.</source>
        <translation>Massa intents fallits: l&apos;accés està bloquejat. Demani a la seva oficina que l&apos;hi torni a emetre.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="191"/>
        <source>There is no registration waiting for this document.</source>
        <translation>No hi ha cap registre pendent per a aquest document.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="193"/>
        <source>The access is locked after failed attempts: ask your branch to issue it again.</source>
        <translation>L&apos;accés està bloquejat després de diversos intents fallits: demani a la seva oficina que l&apos;hi torni a emetre.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="196"/>
        <source>The registration key expired on {day}: ask your branch for a new one.</source>
        <translation>La clau de registre va caducar el {day}: demani&apos;n una de nova a la seva oficina.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="200"/>
        <source>The registration key is not the one we sent.</source>
        <translation>La clau de registre no és la que li vam enviar.</translation>
    </message>
    <message>
        <location filename="../app/services/credentials.py" line="202"/>
        <source>That is not the external account registered for you.</source>
        <translation>Aquest no és el compte extern registrat a nom seu.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="73"/>
        <source>Open your cash drawer first (Drawer, then Open drawer).</source>
        <translation>Obre primer la teva caixa (Caixa i després Obre la caixa).</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="85"/>
        <source>Your drawer is already open.</source>
        <translation>La teva caixa ja és oberta.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="89"/>
        <source>Your last drawer difference waits for a supervisor&apos;s approval; it must be settled before you open again.</source>
        <translation>L&apos;última diferència de la teva caixa espera l&apos;aprovació d&apos;un supervisor; s&apos;ha de resoldre abans de tornar a obrir.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="94"/>
        <source>Drawer account {number} is not empty: settle it first.</source>
        <translation>El compte de caixa {number} no és buit: liquida&apos;l primer.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="168"/>
        <source>Say why the drawer is closed by a supervisor.</source>
        <translation>Indica per què un supervisor tanca la caixa.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="172"/>
        <source>There is no open drawer session {id}.</source>
        <translation>No hi ha cap sessió de caixa oberta {id}.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="199"/>
        <source>Post the shortage of {amount} to cash over and short.</source>
        <translation>Comptabilitza el faltant de {amount} a sobrants i faltants de caixa.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="200"/>
        <source>Post the surplus of {amount} to cash over and short.</source>
        <translation>Comptabilitza el sobrant de {amount} a sobrants i faltants de caixa.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="201"/>
        <source>Drawer of {user} on {date}: counted {counted}, expected {expected}.</source>
        <translation>Caixa de {user} del {date}: comptat {counted}, esperat {expected}.</translation>
    </message>
    <message>
        <location filename="../app/services/drawer.py" line="220"/>
        <source>Drawer difference</source>
        <translation>Diferència de caixa</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="82"/>
        <source>Close these drawers first (or force-close them with a reason): {drawers}.</source>
        <translation>Tanca primer aquestes caixes (o tanca-les per la força amb un motiu): {drawers}.</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="143"/>
        <source>End of day cancelled after {done} of {total} steps; run it again to resume.</source>
        <translation>Tancament del dia cancel·lat després de {done} de {total} passos; torna&apos;l a executar per continuar.</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="148"/>
        <source>Moving the business date</source>
        <translation>S&apos;està passant la data comptable</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="151"/>
        <source>Done</source>
        <translation>Fet</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="158"/>
        <source>The ledger check found {n} faults; the day cannot close: {first}</source>
        <translation>La comprovació de la comptabilitat ha trobat {n} errors; el dia no es pot tancar: {first}</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="169"/>
        <source>Checking the ledger</source>
        <translation>S&apos;està comprovant la comptabilitat</translation>
    </message>
    <message>
        <location filename="../app/services/end_of_day.py" line="170"/>
        <source>Reviewing the drawers</source>
        <translation>S&apos;estan revisant les caixes</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="9"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="9"/>
        <source>Document type</source>
        <translation>Tipus de document</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="10"/>
        <source>Document expiry</source>
        <translation>Caducitat del document</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="10"/>
        <source>Given names</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="11"/>
        <source>Birth date</source>
        <translation>Data de naixement</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="11"/>
        <source>Legal name</source>
        <translation>Raó social</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="11"/>
        <source>Surnames</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="12"/>
        <location filename="../app/services/member_petitions.py" line="71"/>
        <source>E-mail</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="12"/>
        <location filename="../app/services/member_petitions.py" line="71"/>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="13"/>
        <source>Occupation</source>
        <translation>Ocupació</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="13"/>
        <source>Source of income</source>
        <translation>Origen dels ingressos</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="14"/>
        <source>Bank account</source>
        <translation>Compte bancari</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="14"/>
        <source>Risk rating</source>
        <translation>Nivell de risc</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="15"/>
        <source>Postings</source>
        <translation>Apunts</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="16"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="16"/>
        <source>Password</source>
        <translation>Contrasenya</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="17"/>
        <source>New password</source>
        <translation>Contrasenya nova</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="17"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="18"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="18"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="18"/>
        <source>Region</source>
        <translation>Regió</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="19"/>
        <source>Operation key</source>
        <translation>Clau de l&apos;operació</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="20"/>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="20"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="20"/>
        <source>Origin of the funds</source>
        <translation>Origen dels fons</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="21"/>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="21"/>
        <source>Passphrase</source>
        <translation>Frase de contrasenya</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="21"/>
        <location filename="../app/ui/member_file/header.py" line="20"/>
        <source>Representative</source>
        <translation>Representant</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="21"/>
        <source>To</source>
        <translation>Fins a</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="22"/>
        <source>Backup file</source>
        <translation>Fitxer de còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="22"/>
        <source>Database</source>
        <translation>Base de dades</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="22"/>
        <source>Key file</source>
        <translation>Fitxer de clau</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="23"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="23"/>
        <source>City</source>
        <translation>Localitat</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="23"/>
        <source>Postal code</source>
        <translation>Codi postal</translation>
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
        <translation>Identificador de creditor SEPA</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="25"/>
        <source>Collections file (pain.008)</source>
        <translation>Fitxer de cobraments (pain.008)</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="26"/>
        <source>Logo</source>
        <translation>Logotip</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="26"/>
        <source>Transfers file (pain.001)</source>
        <translation>Fitxer de transferències (pain.001)</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="27"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="27"/>
        <source>Frequency</source>
        <translation>Periodicitat</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="28"/>
        <source>Payment method</source>
        <translation>Forma de pagament</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="28"/>
        <source>Signature date</source>
        <translation>Data de signatura</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="28"/>
        <source>Yearly return</source>
        <translation>Rendiment anual</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="29"/>
        <source>External account</source>
        <translation>Compte extern</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="30"/>
        <source>Authenticator code</source>
        <translation>Codi de l&apos;autenticador</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="30"/>
        <source>Delivery</source>
        <translation>Lliurament</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="31"/>
        <source>Credit limit</source>
        <translation>Límit de crèdit</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="31"/>
        <source>Expiry</source>
        <translation>Caducitat</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="32"/>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="32"/>
        <source>New PIN</source>
        <translation>PIN nou</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="32"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="33"/>
        <source>New PIN again</source>
        <translation>Repetició del PIN nou</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="33"/>
        <source>Why it is blocked</source>
        <translation>Motiu del bloqueig</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="34"/>
        <source>Mail server</source>
        <translation>Servidor de correu</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="34"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="34"/>
        <source>Security</source>
        <translation>Seguretat</translation>
    </message>
    <message>
        <location filename="../app/services/errors.py" line="35"/>
        <source>Sender address</source>
        <translation>Adreça del remitent</translation>
    </message>
    <message>
        <location filename="../app/services/fiscal.py" line="24"/>
        <source>Remuneration of voluntary capital (income from movable capital)</source>
        <translation>Remuneració del capital voluntari (rendiments del capital mobiliari)</translation>
    </message>
    <message>
        <location filename="../app/services/fiscal.py" line="68"/>
        <source>The certificates of {year} are issued from 1 January {next}.</source>
        <translation>Els certificats de {year} s&apos;emeten a partir de l&apos;1 de gener de {next}.</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="61"/>
        <source>{region} is not a region of {country}. Use one of: {choices}.</source>
        <translation>{region} no és una regió de {country}. Fes servir una d&apos;aquestes: {choices}.</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="74"/>
        <source>Choose es-coop or ec-coop.</source>
        <translation>Tria es-coop o ec-coop.</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="76"/>
        <source>Write the institution&apos;s name (1 to 200 characters).</source>
        <translation>Escriu el nom de l&apos;entitat (d&apos;1 a 200 caràcters).</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="78"/>
        <source>Write the institution&apos;s tax ID (1 to 20 characters).</source>
        <translation>Escriu la identificació fiscal de l&apos;entitat (d&apos;1 a 20 caràcters).</translation>
    </message>
    <message>
        <location filename="../app/services/institution.py" line="83"/>
        <source>This database already holds a ledger.</source>
        <translation>Aquesta base de dades ja té una comptabilitat.</translation>
    </message>
    <message>
        <location filename="../app/services/key_admin.py" line="33"/>
        <source>This key belongs to another ledger ({other}), not to this one ({this}).</source>
        <translation>Aquesta clau és d&apos;una altra comptabilitat ({other}), no d&apos;aquesta ({this}).</translation>
    </message>
    <message>
        <location filename="../app/services/key_admin.py" line="38"/>
        <source>The audit chain does not verify with this key: {fault}</source>
        <translation>La cadena d&apos;auditoria no es verifica amb aquesta clau: {fault}</translation>
    </message>
    <message>
        <location filename="../app/services/keys.py" line="56"/>
        <source>The institution key of this ledger is not installed on this desk. Import it with: ventanilla key import FILE</source>
        <translation>La clau de l&apos;entitat d&apos;aquesta comptabilitat no està instal·lada en aquest terminal. Importa-la amb: ventanilla key import FILE</translation>
    </message>
    <message>
        <location filename="../app/services/keys.py" line="69"/>
        <source>Use at least 10 characters.</source>
        <translation>Fes servir com a mínim 10 caràcters.</translation>
    </message>
    <message>
        <location filename="../app/services/keys.py" line="82"/>
        <source>This file is not a Ventanilla key export.</source>
        <translation>Aquest fitxer no és una exportació de clau de Ventanilla.</translation>
    </message>
    <message>
        <location filename="../app/services/keys.py" line="86"/>
        <source>The passphrase does not open this key.</source>
        <translation>La frase de contrasenya no obre aquesta clau.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="46"/>
        <source>A refund of this member is waiting: decide it first.</source>
        <translation>Hi ha un reemborsament d&apos;aquest soci pendent: decideix-lo primer.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="50"/>
        <source>A loan application of this member is waiting: decide it first.</source>
        <translation>Hi ha una sol·licitud de préstec d&apos;aquest soci pendent: resoleu-la primer.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="54"/>
        <source>Loan {number} is not settled yet: a member with an outstanding loan cannot leave.</source>
        <translation>El préstec {number} encara no està liquidat: un soci amb un préstec pendent no es pot donar de baixa.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="58"/>
        <source>The {card} is not cancelled: cancel it first (a member with a card cannot leave).</source>
        <translation>La {card} no està cancel·lada: cancel·la-la abans (un soci amb una targeta no es pot donar de baixa).</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="62"/>
        <source>Account {number} has money on hold: release it first.</source>
        <translation>El compte {number} té diners retinguts: allibera&apos;ls primer.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="64"/>
        <source>Account {number} is not settled yet: a member with an outstanding loan or card cannot leave.</source>
        <translation>El compte {number} encara no està liquidat: un soci amb un préstec o una targeta pendent no es pot donar de baixa.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="74"/>
        <source>Only an active member can ask to leave (this one is {status}).</source>
        <translation>Només un soci actiu pot demanar la baixa (aquest està en estat {status}).</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="77"/>
        <location filename="../app/services/leaving.py" line="163"/>
        <source>Register the member&apos;s external account first: the capital is paid back to it.</source>
        <translation>Registra primer el compte extern del soci: el capital s&apos;hi retorna.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="98"/>
        <source>{name} leaves the cooperative: every account is settled and closed.</source>
        <translation>{name} es dona de baixa de la cooperativa: es liquiden i es tanquen tots els comptes.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="103"/>
        <source>{account}: {amount} paid back</source>
        <translation>{account}: es retornen {amount}</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="105"/>
        <source>{amount} in all, by transfer to the external account {account}.</source>
        <translation>{amount} en total, per transferència al compte extern {account}.</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="108"/>
        <location filename="../app/services/refunds.py" line="132"/>
        <source>The member&apos;s reason: {reason}</source>
        <translation>Motiu del soci: {reason}</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="125"/>
        <location filename="../app/services/receipts.py" line="36"/>
        <source>Settlement on leaving membership</source>
        <translation>Liquidació per baixa com a soci</translation>
    </message>
    <message>
        <location filename="../app/services/leaving.py" line="152"/>
        <source>Leaving membership</source>
        <translation>Baixa com a soci</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="120"/>
        <source>Give a key of 1 to {n} characters.</source>
        <translation>Indica una clau d&apos;1 a {n} caràcters.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="124"/>
        <source>An entry needs at least two postings.</source>
        <translation>Un assentament necessita com a mínim dos apunts.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="126"/>
        <source>Write a description of 1 to 200 characters.</source>
        <translation>Escriu una descripció d&apos;1 a 200 caràcters.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="133"/>
        <source>Amounts must be exact decimals.</source>
        <translation>Els imports han de ser decimals exactes.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="135"/>
        <source>A posting cannot be zero.</source>
        <translation>Un apunt no pot ser zero.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="137"/>
        <source>Account {number} is {status}: nothing can be posted to it.</source>
        <translation>El compte {number} està en estat «{status}»: no admet moviments.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="146"/>
        <source>The postings do not balance: debits and credits differ.</source>
        <translation>Els apunts no quadren: el deure i l&apos;haver no coincideixen.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="157"/>
        <source>Account {number} does not have enough available balance for this operation.</source>
        <translation>El compte {number} no té prou saldo disponible per a aquesta operació.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="197"/>
        <location filename="../app/services/receipts.py" line="85"/>
        <location filename="../app/services/reversals.py" line="29"/>
        <source>Entry {id} does not exist.</source>
        <translation>L&apos;assentament {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="199"/>
        <source>Entry {id} is itself a reversal.</source>
        <translation>L&apos;assentament {id} ja és una anul·lació.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="204"/>
        <source>Entry {id} has already been reversed.</source>
        <translation>L&apos;assentament {id} ja està anul·lat.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="257"/>
        <source>Say why the money is held.</source>
        <translation>Indica per què es reté el diner.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="265"/>
        <source>Account {number} does not have enough available balance to hold this amount.</source>
        <translation>El compte {number} no té prou saldo disponible per retenir aquest import.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="281"/>
        <source>Hold {id} does not exist.</source>
        <translation>La retenció {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger.py" line="285"/>
        <source>Hold {id} was already released.</source>
        <translation>La retenció {id} ja s&apos;havia alliberat.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="34"/>
        <source>Entry {entry} does not balance in {currency}: the postings add up to {total} minor units.</source>
        <translation>L&apos;assentament {entry} no quadra en {currency}: els apunts sumen {total} unitats mínimes.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="41"/>
        <source>Entry {entry} has fewer than two postings.</source>
        <translation>L&apos;assentament {entry} té menys de dos apunts.</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="51"/>
        <source>Account {number}: the cached balance is {cached} but its postings add up to {actual} (minor units).</source>
        <translation>Compte {number}: el saldo desat és {cached}, però els apunts sumen {actual} (unitats mínimes).</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="60"/>
        <source>Account {number}: the cached hold total is {cached} but its open holds add up to {actual} (minor units).</source>
        <translation>Compte {number}: el total retingut desat és {cached}, però les retencions obertes sumen {actual} (unitats mínimes).</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="70"/>
        <source>Account {number}: its movements are not numbered 1 to {n} without gaps (last number {top}, cached {cached}).</source>
        <translation>Compte {number}: els moviments no estan numerats de l&apos;1 al {n} sense buits (darrer número {top}, desat {cached}).</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="81"/>
        <source>Posting {posting} on account {number} says the balance after it is {after} but the postings up to it add up to {running} (minor units).</source>
        <translation>L&apos;apunt {posting} del compte {number} indica un saldo posterior de {after}, però els apunts fins a ell sumen {running} (unitats mínimes).</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_check.py" line="97"/>
        <source>Loan {number}: its account holds {balance} but its installments owe {owed} of principal (minor units).</source>
        <translation>Préstec {number}: el seu compte té {balance}, però les seves quotes deuen {owed} de capital (en unitats mínimes).</translation>
    </message>
    <message>
        <location filename="../app/services/loan_late.py" line="61"/>
        <source>Loans: {overdue} installments overdue, late interest on {loans} loans.</source>
        <translation>Préstecs: {overdue} quotes vençudes, interès de demora en {loans} préstecs.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_late.py" line="65"/>
        <source>Accruing late interest on overdue loans</source>
        <translation>Meritant interessos de demora de préstecs vençuts</translation>
    </message>
    <message>
        <location filename="../app/services/loan_products.py" line="78"/>
        <source>Loan product {id} does not exist.</source>
        <translation>El producte de préstec {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_products.py" line="87"/>
        <location filename="../app/services/loan_products.py" line="108"/>
        <source>There is a product with code {code} already.</source>
        <translation>Ja hi ha un producte amb el codi {code}.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_products.py" line="122"/>
        <source>Loan product {code} is withdrawn.</source>
        <translation>El producte de préstec {code} està donat de baixa.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="109"/>
        <source>Loan {number} is {status}: there is nothing to repay.</source>
        <translation>El préstec {number} està {status}: no hi ha res a pagar.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="113"/>
        <location filename="../app/services/loans.py" line="65"/>
        <source>The amount has more decimals than the currency.</source>
        <translation>L&apos;import té més decimals que la moneda.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="132"/>
        <source>That is more than the {payoff} that settles the loan today.</source>
        <translation>L&apos;import supera els {payoff} necessaris per liquidar avui el préstec.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="173"/>
        <source>Choose a savings account to pay from.</source>
        <translation>Trieu el compte d&apos;estalvi de càrrec.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="187"/>
        <location filename="../app/services/loans.py" line="207"/>
        <source>A supervisor must approve this much cash at the counter.</source>
        <translation>Un supervisor ha d&apos;autoritzar aquest import en efectiu a la finestreta.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="193"/>
        <source>Pay in cash or from a savings account.</source>
        <translation>El pagament ha de ser en efectiu o amb càrrec a un compte d&apos;estalvi.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="199"/>
        <source>This repayment was posted already (receipt {receipt}).</source>
        <translation>Aquest pagament ja està comptabilitzat (rebut {receipt}).</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="204"/>
        <source>The payment is more than what is due: choose a shorter term or a lower installment for the rest.</source>
        <translation>El pagament supera l&apos;import exigible: trieu un termini més curt o una quota més baixa per a la resta.</translation>
    </message>
    <message>
        <location filename="../app/services/loan_repayment.py" line="231"/>
        <source>Loan repayment</source>
        <translation>Pagament de préstec</translation>
    </message>
    <message>
        <location filename="../app/services/loan_views.py" line="25"/>
        <source>Approved, not disbursed</source>
        <translation>Aprovat, no desemborsat</translation>
    </message>
    <message>
        <location filename="../app/services/loan_views.py" line="26"/>
        <source>In arrears</source>
        <translation>Vençut</translation>
    </message>
    <message>
        <location filename="../app/services/loan_views.py" line="26"/>
        <source>Paid off</source>
        <translation>Pagat</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="109"/>
        <location filename="../app/services/loans.py" line="236"/>
        <source>Only an active member can borrow (this one is {status}).</source>
        <translation>Només un soci actiu pot rebre préstecs (aquest està {status}).</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="112"/>
        <source>Describe the purpose in up to 200 characters.</source>
        <translation>Descriviu la finalitat en un màxim de 200 caràcters.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="131"/>
        <source>Loan {product}: {amount} over {months} months at {rate} % a year, {method}.</source>
        <translation>Préstec {product}: {amount} a {months} mesos al {rate} % anual, sistema {method}.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="135"/>
        <source>Purpose: {purpose}</source>
        <translation>Finalitat: {purpose}</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="169"/>
        <source>Loan {id} does not exist.</source>
        <translation>El préstec {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="198"/>
        <source>The member has no external account registered.</source>
        <translation>El soci no té cap compte extern registrat.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="212"/>
        <source>Disburse into a savings account, by transfer or in cash.</source>
        <translation>El desemborsament es fa en un compte d&apos;estalvi, per transferència o en efectiu.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="232"/>
        <source>Loan {number} is {status}: only an approved loan is disbursed.</source>
        <translation>El préstec {number} està {status}: només es desemborsen préstecs aprovats.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="245"/>
        <source>Loan disbursement</source>
        <translation>Desemborsament de préstec</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="271"/>
        <source>Say why the loan is cancelled.</source>
        <translation>Indiqueu el motiu de l&apos;anul·lació del préstec.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="275"/>
        <source>Only an approved loan not yet disbursed can be cancelled.</source>
        <translation>Només es pot anul·lar un préstec aprovat i encara no desemborsat.</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="281"/>
        <source>Loan application</source>
        <translation>Sol·licitud de préstec</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="77"/>
        <source>Type the server&apos;s name or address, such as smtp.example.org.</source>
        <translation>Escriu el nom o l&apos;adreça del servidor, com ara smtp.example.org.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="83"/>
        <source>Use a port from 1 to 65535.</source>
        <translation>Fes servir un port de l&apos;1 al 65535.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="85"/>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>Tria STARTTLS, TLS o cap.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="132"/>
        <source>Save the mail server first.</source>
        <translation>Desa primer el servidor de correu.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="135"/>
        <source>Test message from {institution}</source>
        <translation>Missatge de prova de {institution}</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="136"/>
        <source>This message checks that the desk can send e-mail through {host}. Nothing else is needed.</source>
        <translation>Aquest missatge comprova que el terminal pot enviar correu electrònic a través de {host}. No cal que faci res més.</translation>
    </message>
    <message>
        <location filename="../app/services/mail_server.py" line="139"/>
        <source>The server did not take the message: {answer}</source>
        <translation>El servidor no ha acceptat el missatge: {answer}</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="87"/>
        <source>The file is not UTF-8 text.</source>
        <translation>El fitxer no és text UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="117"/>
        <source>Use the form YYYY-MM-DD.</source>
        <translation>Fes servir el format AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="124"/>
        <source>The header has no column {column}.</source>
        <translation>La capçalera no té la columna {column}.</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="145"/>
        <source>This document is already registered.</source>
        <translation>Aquest document ja està registrat.</translation>
    </message>
    <message>
        <location filename="../app/services/member_import.py" line="147"/>
        <source>This document is also on line {other} of the file.</source>
        <translation>Aquest document també és a la línia {other} del fitxer.</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="33"/>
        <source>Write the member&apos;s question (1 to 2000 characters).</source>
        <translation>Escriu la pregunta del soci (d&apos;1 a 2000 caràcters).</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="54"/>
        <source>Nothing changes: the contact data are the same.</source>
        <translation>No canvia res: les dades de contacte són les mateixes.</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="61"/>
        <source>The member asks: {question}</source>
        <translation>El soci pregunta: {question}</translation>
    </message>
    <message>
        <location filename="../app/services/member_petitions.py" line="62"/>
        <source>Write the answer as the reason: approving records it as answered.</source>
        <translation>Escriu la resposta com a motiu: en aprovar queda registrada com a resposta.</translation>
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
        <translation>Canvi de dades de contacte</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="28"/>
        <source>Applicant</source>
        <translation>Sol·licitant</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="28"/>
        <source>Leaving</source>
        <translation>Baixa en curs</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="29"/>
        <source>Deceased</source>
        <translation>Difunt</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="29"/>
        <source>Left</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="100"/>
        <source>This document is already registered (member {number}).</source>
        <translation>Aquest document ja està registrat (soci {number}).</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="216"/>
        <source>A person cannot become an organisation or the other way round: register the other as a new member.</source>
        <translation>Una persona no es pot convertir en organització ni a l&apos;inrevés: dona d&apos;alta l&apos;altre com a soci nou.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="245"/>
        <source>Type the new account.</source>
        <translation>Escriu el compte nou.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="247"/>
        <source>This is already the member&apos;s account.</source>
        <translation>Aquest ja és el compte del soci.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="265"/>
        <source>Change the bank account of {name} (member {number})</source>
        <translation>Canviar el compte bancari de {name} (soci {number})</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="267"/>
        <source>from {before}</source>
        <translation>Compte actual: {before}</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="267"/>
        <source>to {after}</source>
        <translation>Compte nou: {after}</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="281"/>
        <source>Change of bank account</source>
        <translation>Canvi de compte bancari</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="291"/>
        <source>Only organisations have representatives.</source>
        <translation>Només les organitzacions tenen representants.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="293"/>
        <source>A representative must be a person.</source>
        <translation>Un representant ha de ser una persona.</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="295"/>
        <source>Say in what capacity the person acts (1 to 40 characters).</source>
        <translation>Indica en qualitat de què actua la persona (d&apos;1 a 40 caràcters).</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="25"/>
        <source>Waiting for the first code</source>
        <translation>A l&apos;espera del primer codi</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="26"/>
        <source>Locked after wrong codes</source>
        <translation>Bloquejat després de codis erronis</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="26"/>
        <source>Removed</source>
        <translation>Eliminat</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="74"/>
        <source>Member {number} is {status}: no authenticator.</source>
        <translation>El soci {number} està en estat {status}: no pot tenir autenticador.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="109"/>
        <source>Wrong code, the fifth in a row: the authenticator is locked. Enrol it again at the counter.</source>
        <translation>Codi erroni, el cinquè seguit: l&apos;autenticador està bloquejat. Cal tornar-lo a donar d&apos;alta a la finestreta.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="111"/>
        <source>That code is wrong or was used already ({left} tries left).</source>
        <translation>Aquest codi és erroni o ja s&apos;ha fet servir (queden {left} intents).</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="120"/>
        <source>There is no enrolment waiting for its first code.</source>
        <translation>No hi ha cap autenticador a l&apos;espera del primer codi.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="142"/>
        <source>The member&apos;s authenticator is locked after wrong codes: enrol it again before this operation.</source>
        <translation>L&apos;autenticador del soci està bloquejat després de codis erronis: torna&apos;l a donar d&apos;alta abans d&apos;aquesta operació.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="145"/>
        <source>The member has an authenticator: type the code it shows now.</source>
        <translation>El soci té un autenticador: escriu el codi que mostra ara.</translation>
    </message>
    <message>
        <location filename="../app/services/otp.py" line="165"/>
        <source>The member has no authenticator.</source>
        <translation>El soci no té autenticador.</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="64"/>
        <source>Online access letter</source>
        <translation>Carta d&apos;accés en línia</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="85"/>
        <source>Message {id} is not in the outbox.</source>
        <translation>El missatge {id} no és a la safata de sortida.</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="94"/>
        <source>Only a failed message can be retried; this one is {status}.</source>
        <translation>Només es pot tornar a provar un missatge fallit; aquest està en estat «{status}».</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="111"/>
        <source>Say why the message is cancelled.</source>
        <translation>Indica per què es cancel·la el missatge.</translation>
    </message>
    <message>
        <location filename="../app/services/outbox.py" line="115"/>
        <source>This message is {status}: it cannot be cancelled.</source>
        <translation>Aquest missatge està en estat «{status}»: no es pot cancel·lar.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="60"/>
        <source>Register the member&apos;s external account first.</source>
        <translation>Registra primer el compte extern del soci.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="62"/>
        <source>The signature date cannot be in the future.</source>
        <translation>La data de signatura no pot ser futura.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="111"/>
        <source>A periodic contribution is taken by direct debit or from savings.</source>
        <translation>Una aportació periòdica es cobra per càrrec directe o des de l&apos;estalvi.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="119"/>
        <source>Only an active member contributes periodically (the mandatory contribution comes first).</source>
        <translation>Només un soci actiu aporta periòdicament (primer va l&apos;aportació obligatòria).</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="132"/>
        <source>There is no active periodic contribution {id}.</source>
        <translation>No hi ha cap aportació periòdica activa {id}.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="157"/>
        <source>{amount} on day {day}, {frequency}</source>
        <translation>{amount} el dia {day}, {frequency}</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="163"/>
        <source>by direct debit from the external account</source>
        <translation>per càrrec al compte extern</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="164"/>
        <source>from a savings account</source>
        <translation>des d&apos;un compte d&apos;estalvis</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="165"/>
        <source>New periodic voluntary contribution: {schedule}, {how}.</source>
        <translation>Nova aportació voluntària periòdica: {schedule}, {how}.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="189"/>
        <source>Periodic contribution {id} becomes {schedule}.</source>
        <translation>L&apos;aportació periòdica {id} passa a ser {schedule}.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="203"/>
        <source>Periodic contribution {id} is cancelled.</source>
        <translation>Es cancel·la l&apos;aportació periòdica {id}.</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="238"/>
        <source>Periodic contributions: {posted} taken, {failed} failed (see each member&apos;s capital).</source>
        <translation>Aportacions periòdiques: {posted} cobrades, {failed} fallides (vegeu el capital de cada soci).</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="242"/>
        <source>Periodic contribution</source>
        <translation>Aportació periòdica</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="243"/>
        <source>Change of a periodic contribution</source>
        <translation>Canvi d&apos;una aportació periòdica</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="244"/>
        <source>Cancellation of a periodic contribution</source>
        <translation>Cancel·lació d&apos;una aportació periòdica</translation>
    </message>
    <message>
        <location filename="../app/services/periodic.py" line="245"/>
        <source>Taking the periodic contributions</source>
        <translation>Cobrant les aportacions periòdiques</translation>
    </message>
    <message>
        <location filename="../app/services/petition_forms.py" line="42"/>
        <location filename="../app/services/petitions.py" line="144"/>
        <location filename="../app/services/petitions.py" line="243"/>
        <source>Petition {id} does not exist.</source>
        <translation>La petició {id} no existeix.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="27"/>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="27"/>
        <source>Pending</source>
        <translation>Pendent</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="27"/>
        <source>Rejected</source>
        <translation>Rebutjada</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="28"/>
        <source>Executed</source>
        <translation>Executada</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="78"/>
        <source>Unknown petition kind {kind}.</source>
        <translation>Tipus de petició desconegut: {kind}.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="126"/>
        <source>The member confirmed it with the code of their authenticator.</source>
        <translation>El soci l&apos;ha confirmada amb el codi del seu autenticador.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="127"/>
        <source>The member signs the printed petition form.</source>
        <translation>El soci signa el formulari imprès de la petició.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="146"/>
        <source>Petition {id} is already {status}.</source>
        <translation>La petició {id} ja està en estat «{status}».</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="154"/>
        <source>You filed this petition, so you cannot approve it: another supervisor must.</source>
        <translation>Vas presentar tu aquesta petició, així que no la pots aprovar: ho ha de fer un altre supervisor.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="173"/>
        <source>Say why the petition is rejected.</source>
        <translation>Indica per què es rebutja la petició.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="177"/>
        <source>You filed this petition: cancel it instead.</source>
        <translation>Vas presentar tu aquesta petició: cancel·la-la en lloc d&apos;això.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="188"/>
        <source>Say why the petition is cancelled.</source>
        <translation>Indica per què es cancel·la la petició.</translation>
    </message>
    <message>
        <location filename="../app/services/petitions.py" line="210"/>
        <source>{user} is not a supervisor and cannot approve this.</source>
        <translation>{user} no és supervisor i no pot aprovar això.</translation>
    </message>
    <message>
        <location filename="../app/services/pg_tools.py" line="33"/>
        <source>Backups of a PostgreSQL ledger need {tool} from the PostgreSQL client tools, of the server&apos;s major version or newer. Install them (Debian: apt-get install postgresql-client) or point VENTANILLA_PG_BIN at their folder.</source>
        <translation>Les còpies de seguretat d&apos;una comptabilitat PostgreSQL necessiten {tool}, de les eines client de PostgreSQL, de la versió principal del servidor o posterior. Instal·la-les (Debian: apt-get install postgresql-client) o indica&apos;n la carpeta a VENTANILLA_PG_BIN.</translation>
    </message>
    <message>
        <location filename="../app/services/pg_tools.py" line="53"/>
        <source>{tool} failed: {error}</source>
        <translation>{tool} ha fallat: {error}</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="25"/>
        <source>Reversal of a cash deposit</source>
        <translation>Anul·lació d&apos;un ingrés en efectiu</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="26"/>
        <source>Reversal of a cash withdrawal</source>
        <translation>Anul·lació d&apos;un reintegrament en efectiu</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="27"/>
        <source>Drawer closing</source>
        <translation>Tancament de caixa</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="27"/>
        <source>Drawer opening float</source>
        <translation>Fons d&apos;obertura de caixa</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="28"/>
        <source>Drawer to vault</source>
        <translation>De caixa a cambra cuirassada</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="28"/>
        <source>Vault to drawer</source>
        <translation>De cambra cuirassada a caixa</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="29"/>
        <source>Drawer over/short</source>
        <translation>Sobrant/faltant de caixa</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="30"/>
        <source>Mandatory capital contribution in cash</source>
        <translation>Aportació obligatòria al capital en efectiu</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="31"/>
        <source>Mandatory capital contribution from savings</source>
        <translation>Aportació obligatòria al capital des de l&apos;estalvi</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="32"/>
        <source>Voluntary capital contribution in cash</source>
        <translation>Aportació voluntària al capital en efectiu</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="33"/>
        <source>Voluntary capital contribution from savings</source>
        <translation>Aportació voluntària al capital des de l&apos;estalvi</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="34"/>
        <location filename="../app/services/refunds.py" line="151"/>
        <source>Refund of voluntary capital by transfer</source>
        <translation>Reemborsament de capital voluntari per transferència</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="35"/>
        <location filename="../app/services/refunds.py" line="154"/>
        <source>Refund of voluntary capital to savings</source>
        <translation>Reemborsament de capital voluntari a l&apos;estalvi</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="37"/>
        <source>Remuneration of voluntary capital, capitalised</source>
        <translation>Remuneració del capital voluntari, capitalitzada</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="38"/>
        <source>Remuneration of voluntary capital, paid by transfer</source>
        <translation>Remuneració del capital voluntari, pagada per transferència</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="39"/>
        <source>Mandatory capital contribution by direct debit</source>
        <translation>Aportació obligatòria al capital per càrrec directe</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="40"/>
        <source>Voluntary capital contribution by direct debit</source>
        <translation>Aportació voluntària al capital per càrrec directe</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="41"/>
        <source>Returned direct debit</source>
        <translation>Càrrec retornat</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="42"/>
        <source>Loan disbursement into savings</source>
        <translation>Desemborsament de préstec en compte d&apos;estalvi</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="43"/>
        <source>Loan disbursement by transfer</source>
        <translation>Desemborsament de préstec per transferència</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="44"/>
        <source>Loan disbursement in cash</source>
        <translation>Desemborsament de préstec en efectiu</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="45"/>
        <source>Loan repayment in cash</source>
        <translation>Pagament de préstec en efectiu</translation>
    </message>
    <message>
        <location filename="../app/services/receipts.py" line="46"/>
        <source>Loan repayment from savings</source>
        <translation>Pagament de préstec amb càrrec a compte d&apos;estalvi</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="78"/>
        <source>This institution has no savings accounts: refund to the member&apos;s external account.</source>
        <translation>Aquesta entitat no té comptes d&apos;estalvis: reemborsa al compte extern del soci.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="91"/>
        <source>Refund to the external account or to a savings account.</source>
        <translation>Reemborsa al compte extern o a un compte d&apos;estalvis.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="95"/>
        <source>Only an active member&apos;s voluntary capital is refunded; leaving membership settles the rest.</source>
        <translation>Només es reemborsa el capital voluntari d&apos;un soci actiu; la baixa liquida la resta.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="101"/>
        <source>The member has no registered external account: register it first (Change bank account).</source>
        <translation>El soci no té cap compte extern registrat: registra&apos;l primer (Canvia el compte bancari).</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="108"/>
        <source>At most {available} of voluntary capital can be refunded (voluntary capital {voluntary}, other refunds waiting {pending}).</source>
        <translation>Com a màxim es poden reemborsar {available} de capital voluntari (capital voluntari {voluntary}, altres reemborsaments pendents {pending}).</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="121"/>
        <source>Refund {amount} of voluntary capital by transfer to the external account {account}.</source>
        <translation>Reemborsar {amount} de capital voluntari per transferència al compte extern {account}.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="125"/>
        <source>Refund {amount} of voluntary capital to savings account {account}.</source>
        <translation>Reemborsar {amount} de capital voluntari al compte d&apos;estalvis {account}.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="129"/>
        <source>Voluntary capital now {voluntary}; other refunds waiting {pending}.</source>
        <translation>Capital voluntari actual {voluntary}; altres reemborsaments pendents {pending}.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="147"/>
        <source>The voluntary capital is now {voluntary}: it no longer covers this refund of {amount}.</source>
        <translation>El capital voluntari és ara {voluntary}: ja no cobreix aquest reemborsament de {amount}.</translation>
    </message>
    <message>
        <location filename="../app/services/refunds.py" line="169"/>
        <source>Refund of voluntary capital</source>
        <translation>Reemborsament de capital voluntari</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="71"/>
        <source>Type the rate as a percentage, e.g. 1,5.</source>
        <translation>Escriu el tipus com a percentatge, p. ex. 1,5.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="73"/>
        <source>Use a rate from 0 to {maximum} %.</source>
        <translation>Fes servir un tipus de 0 a {maximum} %.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="76"/>
        <source>The remuneration of {year} has been run: its rate cannot change.</source>
        <translation>La remuneració de {year} ja s&apos;ha executat: el seu tipus no pot canviar.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="98"/>
        <source>Choose to capitalise the return or to have it paid.</source>
        <translation>Tria capitalitzar el rendiment o cobrar-lo.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="104"/>
        <source>The member has no registered external account to pay the return to.</source>
        <translation>El soci no té cap compte extern registrat on pagar el rendiment.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="124"/>
        <source>Set the rate of {year} first (Administration, Capital returns).</source>
        <translation>Fixa primer el tipus de {year} (Administració, Rendiments del capital).</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="161"/>
        <source>The remuneration of {year} is dated 31 December: run it from that business date on.</source>
        <translation>La remuneració de {year} té data de 31 de desembre: executa-la a partir d&apos;aquesta data comptable.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="169"/>
        <location filename="../app/services/remuneration.py" line="177"/>
        <location filename="../app/services/remuneration.py" line="186"/>
        <source>The remuneration of {year} has already been run.</source>
        <translation>La remuneració de {year} ja s&apos;ha executat.</translation>
    </message>
    <message>
        <location filename="../app/services/remuneration.py" line="191"/>
        <source>Remuneration of voluntary capital</source>
        <translation>Remuneració del capital voluntari</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="96"/>
        <source>The key is protected by a passphrase: give it.</source>
        <translation>La clau està protegida amb una frase de contrasenya: indica-la.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="104"/>
        <source>Restore into a SQLite file, not into memory.</source>
        <translation>Restaura en un fitxer SQLite, no en memòria.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="135"/>
        <source>Cannot open the target database: {error}</source>
        <translation>No es pot obrir la base de dades de destinació: {error}</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="172"/>
        <source>The target ledger is open on another desk or program: close it everywhere, then restore.</source>
        <translation>La comptabilitat de destinació està oberta en un altre terminal o programa: tanca-la a tot arreu i després restaura.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="184"/>
        <source>The target already holds the ledger of {institution} ({ledger_id}). To replace it, restore with --overwrite (and take a backup of it first).</source>
        <translation>La destinació ja conté la comptabilitat de {institution} ({ledger_id}). Per substituir-la, restaura amb --overwrite (i abans fes-ne una còpia de seguretat).</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="188"/>
        <source>The target holds data that is not a Ventanilla ledger. To replace it, restore with --overwrite.</source>
        <translation>La destinació conté dades que no són una comptabilitat de Ventanilla. Per substituir-les, restaura amb --overwrite.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="201"/>
        <source>Replacing the ledger of {institution} needs one of its administrators to sign in (--user NAME).</source>
        <translation>Per substituir la comptabilitat de {institution} hi ha d&apos;entrar un dels seus administradors (--user NOM).</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="221"/>
        <source>This key belongs to another ledger ({other}), not to the backup&apos;s ({this}).</source>
        <translation>Aquesta clau és d&apos;una altra comptabilitat ({other}), no de la de la còpia de seguretat ({this}).</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="231"/>
        <source>The key in this backup belongs to another ledger ({other}), not to the backup&apos;s ({this}).</source>
        <translation>La clau d&apos;aquesta còpia de seguretat és d&apos;una altra comptabilitat ({other}), no de la de la còpia ({this}).</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="235"/>
        <source>The institution key of this ledger ({ledger_id}) is not installed on this desk and the backup does not carry it: give its exported key with --key FILE.</source>
        <translation>La clau de l&apos;entitat d&apos;aquesta comptabilitat ({ledger_id}) no està instal·lada en aquest terminal i la còpia de seguretat no la inclou: indica&apos;n la clau exportada amb --key FILE.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="249"/>
        <source>The restored ledger is {found}, the manifest says {expected}.</source>
        <translation>La comptabilitat restaurada és {found}; el manifest indica {expected}.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="252"/>
        <source>The restored audit chain ends at row {seq}, the manifest says row {expected}.</source>
        <translation>La cadena d&apos;auditoria restaurada acaba a la fila {seq}; el manifest indica la fila {expected}.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="256"/>
        <source>The restored ledger has {members} members and {entries} entries, the manifest says {m_members} and {m_entries}.</source>
        <translation>La comptabilitat restaurada té {members} socis i {entries} assentaments; el manifest indica {m_members} i {m_entries}.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="290"/>
        <source>The restored copy does not verify; the target was left as it was:</source>
        <translation>La còpia restaurada no es verifica; la destinació s&apos;ha deixat com estava:</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="296"/>
        <source>The restored copy was not closed cleanly; try again.</source>
        <translation>La còpia restaurada no es va tancar correctament; torna-ho a provar.</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="318"/>
        <source>The restored ledger does not verify (the database now holds this copy of the backup):</source>
        <translation>La comptabilitat restaurada no es verifica (ara la base de dades conté aquesta còpia de la còpia de seguretat):</translation>
    </message>
    <message>
        <location filename="../app/services/restore.py" line="337"/>
        <source>This is a backup of a {engine} ledger: restore it into a {engine} database, not into {target}.</source>
        <translation>És una còpia de seguretat d&apos;una comptabilitat {engine}: restaura-la en una base de dades {engine}, no a {target}.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="35"/>
        <source>Say why the operation must be reversed.</source>
        <translation>Indica per què cal anul·lar l&apos;operació.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="39"/>
        <source>This entry is itself a reversal.</source>
        <translation>Aquest assentament ja és una anul·lació.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="41"/>
        <source>This operation has already been reversed.</source>
        <translation>Aquesta operació ja està anul·lada.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="45"/>
        <source>A reversal of this operation is already waiting for approval.</source>
        <translation>Ja hi ha una anul·lació d&apos;aquesta operació esperant aprovació.</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="56"/>
        <source>Reverse {description} of {date} (entry {id}): {reason}</source>
        <translation>Anul·lar «{description}» del {date} (assentament {id}): {reason}</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="61"/>
        <source>{account} {name}: {amount}</source>
        <translation>{account} {name}: {amount}</translation>
    </message>
    <message>
        <location filename="../app/services/reversals.py" line="84"/>
        <source>Reversal of an operation</source>
        <translation>Anul·lació d&apos;una operació</translation>
    </message>
    <message>
        <location filename="../app/services/settings.py" line="44"/>
        <source>Unknown setting {key}.</source>
        <translation>Paràmetre desconegut: {key}.</translation>
    </message>
    <message>
        <location filename="../app/services/settings.py" line="99"/>
        <source>Name the operation (1 to 40 characters).</source>
        <translation>Posa nom a l&apos;operació (d&apos;1 a 40 caràcters).</translation>
    </message>
    <message>
        <location filename="../app/services/settings.py" line="102"/>
        <source>Fees cannot be negative.</source>
        <translation>Les comissions no poden ser negatives.</translation>
    </message>
    <message>
        <location filename="../app/services/settings.py" line="104"/>
        <source>The maximum fee is below the minimum.</source>
        <translation>La comissió màxima és inferior a la mínima.</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/accounting_parts.py" line="87"/>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/admin/accounting_parts.py" line="99"/>
        <source>The file could not be saved: %1</source>
        <translation>No s&apos;ha pogut desar el fitxer: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals_filters.py" line="23"/>
        <source>just now</source>
        <translation>un moment</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_dialogs.py" line="45"/>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motiu (obligatori)</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_dialogs.py" line="48"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../app/ui/drawer_dialogs.py" line="69"/>
        <source>Write the reason first.</source>
        <translation>Primer escriu el motiu.</translation>
    </message>
    <message>
        <location filename="../app/ui/i18n.py" line="48"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperat: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="14"/>
        <source>Low</source>
        <translation>Baix</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="15"/>
        <source>Medium</source>
        <translation>Mitjà</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/fields.py" line="16"/>
        <source>High</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="18"/>
        <source>Joint holder</source>
        <translation>Cotitular</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/header.py" line="19"/>
        <source>Authorised signatory</source>
        <translation>Autoritzat</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_print.py" line="21"/>
        <source>Petition %1</source>
        <translation>Petició %1</translation>
    </message>
    <message>
        <location filename="../app/ui/member_file/petition_print.py" line="27"/>
        <source>Print the petition f&amp;orm…</source>
        <translation>Imprimeix el &amp;formulari de la petició…</translation>
    </message>
    <message>
        <location filename="../app/ui/member_form.py" line="226"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="22"/>
        <source>Cédula</source>
        <translation>Cèdula</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="23"/>
        <source>Passport</source>
        <translation>Passaport</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="25"/>
        <source>Blocked</source>
        <translation>Bloquejat</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="26"/>
        <source>Dormant</source>
        <translation>Inactiu</translation>
    </message>
    <message>
        <location filename="../app/ui/member_summary.py" line="27"/>
        <source>Closed</source>
        <translation>Tancat</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="29"/>
        <source>This institution has no savings accounts, so there are no cash deposits or withdrawals at the counter.</source>
        <translation>Aquesta entitat no té comptes d&apos;estalvis, així que no hi ha ingressos ni reintegraments en efectiu a la finestreta.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="126"/>
        <source>Your cash drawer is not open: open it on the Drawer page before confirming cash operations.</source>
        <translation>La teva caixa no és oberta: obre-la a la pàgina Caixa abans de confirmar operacions en efectiu.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="134"/>
        <location filename="../app/ui/operations/contribution.py" line="151"/>
        <source>Choose a savings account.</source>
        <translation>Tria un compte d&apos;estalvis.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="166"/>
        <source>%1 hands over %2 in cash, to be credited to their savings account %3.</source>
        <translation>%1 lliura %2 en efectiu per abonar al seu compte d&apos;estalvis %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="168"/>
        <source>%1 hands over %2 in cash, to be credited to savings account %3 of %4.</source>
        <translation>%1 lliura %2 en efectiu per abonar al compte d&apos;estalvis %3 de %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="174"/>
        <source>%1 received in cash and credited to account %2. New balance: %3.</source>
        <translation>%1 rebuts en efectiu i abonats al compte %2. Saldo nou: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="187"/>
        <source>%1 takes %2 in cash from their savings account %3.</source>
        <translation>%1 retira %2 en efectiu del seu compte d&apos;estalvis %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="189"/>
        <source>%1 takes %2 in cash from savings account %3 of %4.</source>
        <translation>%1 retira %2 en efectiu del compte d&apos;estalvis %3 de %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="195"/>
        <source>Total taken from the account</source>
        <translation>Total retirat del compte</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/cash.py" line="200"/>
        <source>%1 paid out in cash from account %2. New balance: %3.</source>
        <translation>%1 pagats en efectiu del compte %2. Saldo nou: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="116"/>
        <source>Capital contribution</source>
        <translation>Aportació al capital</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="164"/>
        <source>%1 pays %2 in cash as %3, to capital account %4 of %5.</source>
        <translation>%1 paga %2 en efectiu com a %3, al compte de capital %4 de %5.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="166"/>
        <source>%1 pays %2 by direct debit as %3, to capital account %4 of %5.</source>
        <translation>%1 paga %2 per càrrec directe com a %3, al compte de capital %4 de %5.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="168"/>
        <source>%1 pays %2 from savings as %3, to capital account %4 of %5.</source>
        <translation>%1 paga %2 des de l&apos;estalvi com a %3, al compte de capital %4 de %5.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/contribution.py" line="174"/>
        <source>%1 contributed to capital account %2. That part of the capital is now %3.</source>
        <translation>%1 aportats al compte de capital %2. Aquesta part del capital és ara %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="62"/>
        <source>Operations:</source>
        <translation>Operacions:</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="63"/>
        <source>Deposit (F5)</source>
        <translation>Ingrés (F5)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="64"/>
        <source>Withdraw (F6)</source>
        <translation>Reintegrament (F6)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="65"/>
        <source>Contribute (F7)</source>
        <translation>Aporta (F7)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="66"/>
        <source>Refund (F8)</source>
        <translation>Reemborsa (F8)</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/launcher.py" line="125"/>
        <location filename="../app/ui/operations/launcher.py" line="147"/>
        <source>Find a member first (F2), then choose the operation.</source>
        <translation>Primer cerca un soci (F2) i després tria l&apos;operació.</translation>
    </message>
    <message>
        <location filename="../app/ui/operations/receipt.py" line="28"/>
        <source>Receipt %1</source>
        <translation>Rebut %1</translation>
    </message>
    <message>
        <source>Allow {operation} of {amount} on account {account} above the teller&apos;s limit.</source>
        <translation type="vanished">Autoritza «{operation}» de {amount} al compte {account} per sobre del límit del caixer.</translation>
    </message>
    <message>
        <source>Post {amount} {kind} to cash over and short.</source>
        <translation type="vanished">Comptabilitza {amount} ({kind}) a sobrants i faltants de caixa.</translation>
    </message>
    <message>
        <source>Print the petition &amp;form…</source>
        <translation type="vanished">Imprimeix el &amp;formulari de la petició…</translation>
    </message>
    <message>
        <source>The PIN of {card} is locked after wrong tries: reset it first.</source>
        <translation type="vanished">El PIN de la {card} està bloquejat després de diversos intents fallits: restableix-lo primer.</translation>
    </message>
    <message>
        <source>{amount} is owed on {card}: settle it first.</source>
        <translation type="vanished">Es deuen {amount} a la {card}: liquida primer el deute.</translation>
    </message>
    <message>
        <source>{brand} {kind} card {number}</source>
        <translation type="vanished">targeta {brand} de {kind} {number}</translation>
    </message>
    <message>
        <source>{card} has no PIN yet: reset it to issue a temporary one.</source>
        <translation type="vanished">La {card} encara no té PIN: restableix-lo per emetre&apos;n un de provisional.</translation>
    </message>
    <message>
        <source>{card} is blocked: unblock it before its PIN changes.</source>
        <translation type="vanished">{card} està bloquejada: desbloqueja-la abans de canviar-ne el PIN.</translation>
    </message>
    <message>
        <source>{card} is cancelled already.</source>
        <translation type="vanished">La {card} ja està cancel·lada.</translation>
    </message>
    <message>
        <source>{card} is cancelled: its PIN never changes again.</source>
        <translation type="vanished">{card} està cancel·lada: el seu PIN ja no canvia mai més.</translation>
    </message>
    <message>
        <source>{card} is not active.</source>
        <translation type="vanished">La {card} no està activa.</translation>
    </message>
    <message>
        <source>{card} is not blocked.</source>
        <translation type="vanished">La {card} no està bloquejada.</translation>
    </message>
    <message>
        <source>{card} is not cancelled: cancel it first (a member with a card cannot leave).</source>
        <translation type="vanished">{card} no està cancel·lada: cancel·la-la abans (un soci amb una targeta no es pot donar de baixa).</translation>
    </message>
    <message>
        <source>{card} is still {status}: cancel it first (a member with a card cannot leave).</source>
        <translation type="vanished">La {card} continua en estat «{status}»: cancel·la-la primer (un soci amb una targeta no es pot donar de baixa).</translation>
    </message>
    <message>
        <source>{card} is {status}: its PIN cannot change.</source>
        <translation type="vanished">La {card} està en estat «{status}»: el seu PIN no es pot canviar.</translation>
    </message>
</context>
</TS>
