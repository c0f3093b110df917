"""The desk controller: signing in, locking, switching user and quitting, over one open ledger.

Created by `app.ui.app` once the ledger is open (this module imports the services, so only after
the login window has painted). It owns the signed-in state: the `Actor` from auth.login and the
main window built for it. It never holds a database session.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from app.services import auth
from app.services.context import Actor, Ledger
from app.services.institution import institution_view

from .desk_context import DeskContext
from .events import AppEvents
from .i18n import install_translators, render_error
from .idle_lock import IdleLock, hide_other_windows, show_windows
from .login_window import LoginWindow
from .main_window import MainWindow
from .password_dialog import PasswordDialog


class Desk(QObject):
    def __init__(self, app: QApplication, ledger: Ledger, login: LoginWindow, *,
                 title_suffix: str = ""):
        super().__init__()
        self.app = app
        self.ledger = ledger
        self.login = login
        self.title_suffix = title_suffix
        self.events = AppEvents(self)
        self.actor: Actor | None = None
        self.main_window: MainWindow | None = None
        self._accepted: tuple[Actor, DeskContext | None] | None = None
        self._language = ""
        self.idle_lock = IdleLock(self._on_idle, parent=self)     # armed while the desk shows
        self._hidden_windows: list = []
        try:
            name = institution_view(ledger).name
        except Exception as exc:  # noqa: BLE001 - e.g. an empty database: say so, keep Sign in off
            login.show_failure(render_error(exc))
            return
        login.signed_in.connect(self._on_signed_in)
        login.switch_user_requested.connect(self.switch_user)
        login.set_ready(self.authenticate, name)

    def authenticate(self, username: str, password: str) -> str | None:
        """The login window's check: None when the user may come in, else the message to show.
        Everything that can fail (signing in, reading the institution) happens here, so that
        a failure is said on the login window instead of closing it on nothing."""
        try:
            actor = auth.login(self.ledger, username, password)
            unlocking = self._is_current(actor)
            ctx = None if unlocking else DeskContext.open(self.ledger, actor, self.events)
        except Exception as exc:  # noqa: BLE001 - a fault (database gone) is said, not raised
            return render_error(exc)
        self._accepted = (actor, ctx)
        return None

    def _is_current(self, actor: Actor) -> bool:
        return (self.main_window is not None and self.actor is not None
                and actor.staff_id == self.actor.staff_id)

    def _on_signed_in(self) -> None:
        accepted, self._accepted = self._accepted, None
        if accepted is None:
            return
        actor, ctx = accepted
        if ctx is None:                             # unlocked: the same desk, as it was
            self.actor = actor
            self.events.notify(None)
            self._reveal()
            return
        self._close_main_window()
        self.actor = actor
        if actor.language != self._language:
            install_translators(self.app, actor.language)
            self._language = actor.language
        self.idle_lock.set_minutes(ctx.institution.idle_lock_minutes)
        window = MainWindow(ctx, title_suffix=self.title_suffix)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.language_requested.connect(self.set_language)
        window.sign_out_requested.connect(self.sign_out)
        self.main_window = window
        self._reveal()
        if actor.must_change_password:
            self.force_password_change()

    def _reveal(self) -> None:
        window = self.main_window
        window.show()
        window.raise_()
        window.activateWindow()
        window.focus_search()
        show_windows(self._hidden_windows)          # dialogs hidden by the lock, as they were
        self._hidden_windows = []
        self.idle_lock.start()

    def _on_idle(self) -> None:
        if self.main_window is not None and self.main_window.isVisible():
            self.lock()

    def set_language(self, language: str) -> None:
        """Desk > Language: remember it for the signed-in user (their next sign-in, on any desk),
        then install its catalogs; every Retranslatable widget follows (QEvent.LanguageChange)."""
        if self.actor is None:
            return
        try:
            self.actor = auth.set_language(self.ledger, self.actor, language)
        except Exception as exc:  # noqa: BLE001 - said in the status bar; the menu goes back
            if self.main_window is not None:
                self.main_window.language_menu.set_current(self._language)
                self.main_window.status.showMessage(render_error(exc), 10_000)
            return
        install_translators(self.app, language)
        self._language = language

    def lock(self) -> None:
        """Hide the desk behind the login window; only the same user's password opens it again."""
        if self.main_window is None or self.actor is None:
            return
        self.login.lock_for(self.actor.username, self.actor.full_name)
        self.login.show()            # first, so that hiding the main window never quits
        self.login.raise_()
        self.login.activateWindow()
        self.main_window.hide()
        self._hidden_windows = hide_other_windows(self.login, self.main_window)
        self.idle_lock.stop()

    def force_password_change(self) -> PasswordDialog:
        """A password set by an administrator must be replaced before any work: a modal dialog
        over the desk; signing out instead goes back to the sign-in window."""
        dialog = PasswordDialog(self.ledger, self.actor, forced=True, parent=self.main_window)
        dialog.finished.connect(self._after_forced_change)
        dialog.open()
        return dialog

    def _after_forced_change(self, result: int) -> None:
        if result == PasswordDialog.DialogCode.Accepted:
            self.actor = replace(self.actor, must_change_password=False)
            if self.main_window is not None:
                self.main_window.activateWindow()
                self.main_window.focus_search()
            return
        self.switch_user()
        self.login.show()

    def sign_out(self) -> None:
        """Back to the sign-in window with nobody signed in (after a restore: every screen must
        read the restored ledger, and its staff may differ)."""
        self.login.show()            # first, so that closing the main window never quits
        self.idle_lock.stop()
        self.switch_user()
        self.login.raise_()
        self.login.activateWindow()

    def switch_user(self) -> None:
        """From the lock screen: close this user's desk and let anybody sign in."""
        self._close_main_window()
        self._hidden_windows = []
        self.actor = None
        self.login.unlock_mode()
        self.login.focus_first_field()

    def _close_main_window(self) -> None:
        if self.main_window is not None:
            window, self.main_window = self.main_window, None
            window.close()
            window.deleteLater()

    def quit(self) -> None:
        self.idle_lock.dispose()
        self._close_main_window()
        self.login.close()
        QCoreApplication.quit()

    def shutdown(self) -> None:
        """After the event loop: let go of the database connections."""
        self.ledger.dispose()
