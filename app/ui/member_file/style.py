"""Style sheet rules the member file's screens share (candidates for resources/style.qss).

Combo boxes and date fields drawn like the desk's line edits (with Qt's own arrow image: under a
style sheet the native drop-down is drawn with a stray sunken corner), and the small red line
under a field that says what is wrong.
"""
INPUTS = """
QComboBox, QDateEdit { background: #ffffff; border: 1px solid #9aa3ae; border-radius: 4px;
    padding: 4px 7px; }
QComboBox:focus, QDateEdit:focus { border: 2px solid #1d5a86; padding: 3px 6px; }
QComboBox:disabled, QDateEdit:disabled { background: #eef0f3; color: #8a929c; }
QComboBox::drop-down, QDateEdit::drop-down { subcontrol-origin: padding;
    subcontrol-position: center right; width: 22px; border: none; }
QComboBox::down-arrow, QDateEdit::down-arrow {
    image: url(:/qt-project.org/styles/commonstyle/images/arrow-down-16.png);
    width: 10px; height: 10px; }
QComboBox QAbstractItemView { background: #ffffff; selection-background-color: #1d5a86;
    selection-color: #ffffff; border: 1px solid #9aa3ae; }
"""
FORMS = INPUTS + """
QLabel[role="field-error"] { color: #b3261e; font-size: 9pt; }
QLabel[role="section"] { font-weight: bold; color: #1d5a86; font-size: 10.5pt; }
QLabel#ProblemLabel { color: #5b6470; }
QLabel#ProblemLabel[error="true"] { color: #b3261e; font-weight: bold; }
QLabel#DoneLabel { background: #e7f3ea; border: 1px solid #a9d2b3; border-radius: 4px;
    padding: 8px 10px; color: #1d5b2c; }
QCheckBox { spacing: 8px; }
"""
