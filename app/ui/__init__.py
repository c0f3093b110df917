"""The Qt face of Ventanilla: windows, widgets, item models and actions.

Light on import: `app.ui.app` and `app.ui.login_window` pull in Qt only, so the login window paints
before the services (SQLAlchemy, Alembic) are even imported.
"""
