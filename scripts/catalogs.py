#!/usr/bin/env python3
"""Ventanilla's Qt message catalogs (translations/ventanilla_{es,ca}.ts -> .qm).

    .venv/bin/python scripts/catalogs.py extract   # source tree -> .ts (keeps translations)
    .venv/bin/python scripts/catalogs.py build     # .ts -> .qm (pyside6-lrelease)
    .venv/bin/python scripts/catalogs.py check     # strings without a finished es/ca translation
    .venv/bin/python scripts/catalogs.py check --fresh   # the same against a fresh extraction of
                                                          # the source tree, in a temporary copy
    .venv/bin/python scripts/catalogs.py todo FILE.json  # the strings to translate, as JSON
    .venv/bin/python scripts/catalogs.py fill FILE.json  # ...and back, translated ("es", "ca")

Where the strings come from (all under app/):
  * pyside6-lupdate: self.tr("...") in QObject subclasses (context = the class name),
    QCoreApplication.translate("Ctx", "...") and QT_TRANSLATE_NOOP("Ctx", "..."), plural forms
    self.tr("%n ...", "", n) (numerus messages).
  * an AST pass for what lupdate does not know: N_("...") (context "ventanilla", the marks of the
    domain and the services); calls with a literal of "translate wrappers", module-level functions
    that hand their first parameter to translate(CONTEXT, ...) (app.i18n.translate,
    app.ui.i18n.translate and tr_msg, app/ui/operations/common.tr(text, n) with plurals...),
    found by following imports; and translate(CONTEXT, "...") / QT_TRANSLATE_NOOP(CONTEXT, "...")
    whose context is a module constant.
Contexts lupdate invents for tr() outside a QObject subclass (a parameter called `tr`, an object
that is not a QObject) are reported as problems, except the aliases below whose `tr` is known to be
the "ventanilla" translate; so are f-strings and other non-literals inside tr()/translate()/N_().

`extract` merges into each .ts: existing translations are kept; new strings come in unfinished
(pre-filled, still unfinished, with the translation of the same English text in another context
when there is one); strings gone from the source are kept as type="vanished" (finished ones) or
type="obsolete" (unfinished ones) so that their translation comes back if they do; a vanished
string without any translation is dropped. The output is sorted and stable: running extract twice
changes nothing.

`check` fails (exit 1) on every current string without a finished translation in a catalog, every
translation whose placeholders ({name}, %1, %n), numbers or keyboard accelerator (&) differ from the
source, and every extraction problem. Exit 0 when everything is translated.
"""
from __future__ import annotations

import argparse
import ast
import collections
import os
import re
import shutil
import string
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app"
TS_DIR = ROOT / "translations"
BIN = ROOT / ".venv" / "bin"
N_CONTEXT = "ventanilla"
# The catalogs we ship; English is the source language and needs none.
LANGUAGES = {"es": "es_ES", "ca": "ca_ES"}
NUMERUS_FORMS = {"es": 2, "ca": 2}          # Qt's plural rules: one, other
# lupdate contexts that are not QObject classes but whose `tr` is app.i18n.translate, so the
# strings live in the "ventanilla" context at run time (app/cli.py Console.tr, and console.tr in
# app/commands.py).
CONTEXT_ALIASES = {"Console": N_CONTEXT, "console": N_CONTEXT}
TRANSLATE_FUNCS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_N_NOOP",
                   "QT_TRANSLATE_N_NOOP3"}
OBSOLETE_TYPES = {"vanished", "obsolete"}


# --- the catalog model ---------------------------------------------------------------------------

@dataclass
class Message:
    context: str
    source: str
    comment: str = ""                 # the disambiguation (second argument of tr)
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)   # (path from ROOT, line)
    translation: str = ""
    forms: list[str] = field(default_factory=list)                    # numerus translations
    type: str = "unfinished"          # "" (finished), "unfinished", "vanished", "obsolete"
    extracomment: str = ""
    translatorcomment: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def current(self) -> bool:
        return self.type not in OBSOLETE_TYPES

    def texts(self) -> list[str]:
        return list(self.forms) if self.numerus else [self.translation]

    def has_text(self) -> bool:
        return any(t for t in self.texts())

    def finished(self) -> bool:
        return self.type == "" and all(self.texts())


@dataclass
class Catalog:
    language: str                     # "es_ES"
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    source_language: str = "en"

    @property
    def lang(self) -> str:
        return self.language.split("_")[0]


def _text(element: ElementTree.Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext())


def load_ts(path: Path) -> Catalog:
    root = ElementTree.parse(path).getroot()
    catalog = Catalog(root.get("language") or LANGUAGES.get(_lang_of(path), ""),
                      source_language=root.get("sourcelanguage") or "en")
    for ctx in root.iter("context"):
        name = _text(ctx.find("name"))
        for m in ctx.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            msg = Message(
                context=name, source=_text(m.find("source")), comment=_text(m.find("comment")),
                numerus=numerus,
                locations=[(_from_ts(path, loc.get("filename", "")), int(loc.get("line") or 0))
                           for loc in m.iter("location") if loc.get("filename")],
                translation="" if numerus else _text(tr),
                forms=[_text(f) for f in tr.iter("numerusform")] if (numerus and tr is not None) else [],
                type=(tr.get("type") or "") if tr is not None else "unfinished",
                extracomment=_text(m.find("extracomment")),
                translatorcomment=_text(m.find("translatorcomment")))
            catalog.messages[msg.key] = msg
    return catalog


def _lang_of(path: Path) -> str:
    return path.stem.rsplit("_", 1)[-1]


def _from_ts(ts_path: Path, filename: str) -> str:
    """A location as written in a .ts (relative to the .ts) -> a path relative to ROOT."""
    absolute = Path(os.path.normpath(ts_path.parent / filename))
    try:
        return absolute.relative_to(ROOT).as_posix()
    except ValueError:
        return absolute.as_posix()


def _to_ts(ts_path: Path, location: str) -> str:
    return Path(os.path.relpath(ROOT / location, ts_path.parent)).as_posix()


def _esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _sort_key(m: Message) -> tuple:
    loc = m.locations[0] if m.locations else ("~", 0)
    return (not m.current, loc[0], loc[1], m.source, m.comment)


def save_ts(catalog: Catalog, path: Path) -> None:
    """Write in lupdate's layout (Qt Linguist and lrelease read it), sorted and stable."""
    by_context: dict[str, list[Message]] = collections.defaultdict(list)
    for m in catalog.messages.values():
        by_context[m.context].append(m)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{catalog.language}" '
           f'sourcelanguage="{catalog.source_language}">']
    for context in sorted(by_context):
        out += ["<context>", f"    <name>{_esc(context)}</name>"]
        for m in sorted(by_context[context], key=_sort_key):
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for file, line in (m.locations if m.current else []):
                out.append(f'        <location filename="{_esc(_to_ts(path, file))}" line="{line}"/>')
            out.append(f"        <source>{_esc(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{_esc(m.comment)}</comment>")
            if m.extracomment:
                out.append(f"        <extracomment>{_esc(m.extracomment)}</extracomment>")
            if m.translatorcomment:
                out.append(f"        <translatorcomment>{_esc(m.translatorcomment)}</translatorcomment>")
            attr = f' type="{m.type}"' if m.type else ""
            if m.numerus:
                out.append(f"        <translation{attr}>")
                out += [f"            <numerusform>{_esc(f)}</numerusform>" for f in m.forms]
                out.append("        </translation>")
            else:
                out.append(f"        <translation{attr}>{_esc(m.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    text = "\n".join(out) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


# --- extraction ----------------------------------------------------------------------------------

@dataclass
class Extraction:
    messages: dict[tuple[str, str, str], Message]
    problems: list[str]


def _python_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(sources: Path = SOURCES) -> list[Message]:
    """pyside6-lupdate over `sources` into a scratch .ts; its messages with ROOT-relative
    locations."""
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    with tempfile.TemporaryDirectory(prefix="ventanilla-lupdate-") as tmp:
        scratch = Path(tmp) / "scratch.ts"
        result = subprocess.run([str(lupdate), "-silent", "-extensions", "py", "-locations",
                                 "absolute", str(sources), "-ts", str(scratch)],
                                capture_output=True, text=True, cwd=ROOT)
        if result.returncode != 0 or not scratch.exists():
            raise SystemExit(f"pyside6-lupdate failed ({result.returncode}):\n"
                             f"{result.stdout}{result.stderr}")
        return list(load_ts(scratch).messages.values())


class _Module:
    """One source file for the AST pass: its string constants and what it imports."""

    def __init__(self, path: Path):
        self.path = path
        self.rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.constants: dict[str, str] = {}
        self.imports: dict[str, tuple[Path, str]] = {}
        for node in self.tree.body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name) and _is_str(node.value)):
                self.constants[node.targets[0].id] = node.value.value
            elif isinstance(node, ast.ImportFrom):
                target = self._module_path(node)
                if target is not None:
                    for alias in node.names:
                        self.imports[alias.asname or alias.name] = (target, alias.name)

    def _module_path(self, node: ast.ImportFrom) -> Path | None:
        if node.level:
            base = self.path.parent
            for _ in range(node.level - 1):
                base = base.parent
        else:
            base = ROOT
        parts = (node.module or "").split(".") if node.module else []
        candidate = base.joinpath(*parts)
        for option in (candidate.with_suffix(".py"), candidate / "__init__.py"):
            if option.is_file():
                return option
        return None


def _is_str(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _func_name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _qobject_classes(modules: Iterable[_Module]) -> set[str]:
    """Names of the classes under app/ that are QObjects (a base named Q..., or one of these)."""
    bases: dict[str, set[str]] = {}
    for mod in modules:
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_func_name(b) for b in node.bases)
    found = {name for name, bs in bases.items() if any(re.match(r"Q[A-Z]", b) for b in bs)}
    changed = True
    while changed:
        changed = False
        for name, bs in bases.items():
            if name not in found and bs & found:
                found.add(name)
                changed = True
    return found


@dataclass
class AstResult:
    messages: list[Message]
    qobject_classes: set[str]
    literal_contexts: set[str]          # contexts named in translate()/QT_TRANSLATE_NOOP calls
    wrapper_calls: set[tuple[str, int, str]]   # (file, line, text) of wrapper calls, any line
                                               # of the call (lupdate files them under "")
    problems: list[str]


class _Wrappers:
    """Module-level functions that translate their first parameter in a fixed context, such as
    app.ui.i18n.translate(text) ("ventanilla") or app/ui/operations/common.tr(text, n): a call
    `tr("...")` of one of them is a string of that context (lupdate files it under "")."""

    def __init__(self, modules: dict[Path, _Module], resolve):  # noqa: ANN001
        self.modules = modules
        self.resolve = resolve
        self.memo: dict[tuple[Path, str], tuple[str, bool] | None] = {}

    def lookup(self, mod: _Module, name: str) -> tuple[str, bool] | None:
        """(context, plural) when `name` in `mod` is a translate wrapper, else None."""
        key = (mod.path, name)
        if key in self.memo:
            return self.memo[key]
        self.memo[key] = None                      # cycles end here
        result = None
        definition = next((n for n in mod.tree.body if isinstance(n, ast.FunctionDef)
                           and n.name == name), None)
        if definition is not None and definition.args.args:
            result = self._of_function(mod, definition)
        elif name in mod.imports:
            target, original = mod.imports[name]
            if target in self.modules:
                result = self.lookup(self.modules[target], original)
        self.memo[key] = result
        return result

    def _of_function(self, mod: _Module, fn: ast.FunctionDef) -> tuple[str, bool] | None:
        first = fn.args.args[0].arg
        for node in ast.walk(fn):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = _func_name(node.func)
            args = node.args
            if name in TRANSLATE_FUNCS and len(args) >= 2 and _is_name(args[1], first):
                context = self.resolve(mod, args[0])
                if context is not None:
                    return context, len(args) >= 4
            elif isinstance(node.func, ast.Name) and _is_name(args[0], first) and name != fn.name:
                inner = self.lookup(mod, name)
                if inner is not None:
                    return inner
        return None


def _is_name(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def ast_pass(sources: Path = SOURCES) -> AstResult:
    """N_("...") and calls of translate wrappers; also the QObject classes and the literal
    contexts of translate() calls (to judge lupdate's contexts) and the problems found."""
    modules = {p: _Module(p) for p in _python_files(sources)}
    found: list[Message] = []
    contexts: set[str] = set()
    wrapper_calls: set[tuple[str, int, str]] = set()
    problems: list[str] = []

    def resolve(mod: _Module, node: ast.AST) -> str | None:
        if _is_str(node):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in mod.constants:
                return mod.constants[node.id]
            target = mod.imports.get(node.id)
            if target and target[0] in modules:
                return modules[target[0]].constants.get(target[1])
        return None

    wrappers = _Wrappers(modules, resolve)

    def add(mod: _Module, node: ast.Call, context: str, text: str, numerus: bool = False) -> None:
        found.append(Message(context, text, numerus=numerus, locations=[(mod.rel, node.lineno)]))

    for mod in modules.values():
        for node in ast.walk(mod.tree):
            if not isinstance(node, ast.Call):
                continue
            name = _func_name(node.func)
            args = node.args
            where = f"{mod.rel}:{node.lineno}"
            wrapper = wrappers.lookup(mod, name) if isinstance(node.func, ast.Name) else None
            if name == "N_":
                if len(args) == 1 and _is_str(args[0]):
                    add(mod, node, N_CONTEXT, args[0].value)
                else:
                    problems.append(f"{where}: N_() takes one string literal; this one cannot be "
                                    f"extracted: {ast.unparse(node)[:100]}")
            elif wrapper is not None and args:
                if _is_str(args[0]):
                    for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                        wrapper_calls.add((mod.rel, line, args[0].value))
                    plural = wrapper[1] and (len(args) >= 2 or any(k.arg == "n" for k in node.keywords))
                    add(mod, node, wrapper[0], args[0].value, plural)
                elif _dynamic(args[0]):
                    problems.append(f"{where}: {name}() of a computed text cannot be extracted: "
                                    f"{ast.unparse(node)[:100]}")
            elif name == "tr" and args:
                if not _is_str(args[0]) and _dynamic(args[0]):
                    problems.append(f"{where}: tr() of a computed text cannot be extracted (use "
                                    f"a literal with %1 and .replace, or N_ the parts): "
                                    f"{ast.unparse(node)[:100]}")
            elif name in TRANSLATE_FUNCS and len(args) >= 2:
                context = resolve(mod, args[0])
                if context is None:
                    continue                        # translate(CONTEXT, text) with variables
                contexts.add(context)
                if _is_str(args[1]):
                    if not _is_str(args[0]):        # lupdate skips a context given by name
                        add(mod, node, context, args[1].value, len(args) >= 4)
                elif _dynamic(args[1]):
                    problems.append(f"{where}: {name}() of a computed text cannot be extracted: "
                                    f"{ast.unparse(node)[:100]}")
    return AstResult(found, _qobject_classes(modules.values()), contexts, wrapper_calls, problems)


def _dynamic(node: ast.AST) -> bool:
    """An f-string or an expression built from literals: text the extractors cannot see."""
    if isinstance(node, ast.BinOp):
        return not (isinstance(node.op, ast.Add) and _is_literal_sum(node))
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Call) and _func_name(node.func) in ("format", "join"))


def _is_literal_sum(node: ast.AST) -> bool:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_literal_sum(node.left) and _is_literal_sum(node.right)
    return _is_str(node)


def extract_messages(sources: Path = SOURCES) -> Extraction:
    """Every translatable string of the source tree, merged by (context, source, comment)."""
    found = ast_pass(sources)
    problems = list(found.problems)
    known = found.qobject_classes | found.literal_contexts | {N_CONTEXT}
    messages: dict[tuple[str, str, str], Message] = {}
    for m in run_lupdate(sources):
        if m.context == "" and m.locations and all((f, n, m.source) in found.wrapper_calls
                                                   for f, n in m.locations):
            continue                    # tr() of a translate wrapper: the AST pass has it
        context = CONTEXT_ALIASES.get(m.context, m.context)
        if context not in known:
            where = ", ".join(f"{f}:{n}" for f, n in m.locations
                              if (f, n, m.source) not in found.wrapper_calls)
            problems.append(f"{where}: {m.source!r} gets the context {m.context!r}, which is not "
                            f"a QObject class: call self.tr() in a QObject subclass, "
                            f"QCoreApplication.translate(\"Class\", ...) or N_()")
            continue
        m.context = context
        _merge_into(messages, m)
    for m in found.messages:
        _merge_into(messages, m)
    for m in messages.values():
        m.locations = sorted(set(m.locations))
    return Extraction(messages, sorted(set(problems)))


def _merge_into(messages: dict[tuple[str, str, str], Message], m: Message) -> None:
    found = messages.get(m.key)
    if found is None:
        messages[m.key] = Message(m.context, m.source, m.comment, m.numerus, list(m.locations),
                                  extracomment=m.extracomment)
    else:
        found.locations += m.locations
        found.numerus = found.numerus or m.numerus
        found.extracomment = found.extracomment or m.extracomment


def merge(catalog: Catalog, extracted: dict[tuple[str, str, str], Message]) -> dict[str, int]:
    """Bring `catalog` up to date with `extracted` (see the module docstring). Returns counts."""
    counts = collections.Counter()
    n_forms = NUMERUS_FORMS.get(catalog.lang, 2)
    old = catalog.messages
    suggestions: dict[tuple[str, bool], Message] = {}
    for m in old.values():
        if m.finished() or (m.type == "vanished" and m.has_text()):
            suggestions.setdefault((m.source, m.numerus), m)
    new: dict[tuple[str, str, str], Message] = {}
    for key, ext in extracted.items():
        prev = old.get(key)
        msg = Message(ext.context, ext.source, ext.comment, ext.numerus, list(ext.locations),
                      extracomment=ext.extracomment)
        if prev is not None:
            msg.translation, msg.forms = prev.translation, list(prev.forms)
            msg.translatorcomment = prev.translatorcomment
            msg.type = {"vanished": "", "obsolete": "unfinished"}.get(prev.type, prev.type)
            if prev.numerus != ext.numerus:
                msg.translation, msg.forms = _convert_numerus(prev, ext.numerus, n_forms)
                msg.type = "unfinished"
            counts["kept"] += 1
        else:
            hint = suggestions.get((ext.source, ext.numerus))
            if hint is not None:
                msg.translation, msg.forms = hint.translation, list(hint.forms)
                counts["suggested"] += 1
            counts["new"] += 1
            msg.type = "unfinished"
        if msg.numerus:
            msg.forms = (msg.forms + [""] * n_forms)[:n_forms]
            msg.translation = ""
        if msg.type == "" and not msg.finished():
            msg.type = "unfinished"
        new[key] = msg
    for key, prev in old.items():
        if key in new:
            continue
        if not prev.has_text():
            counts["dropped"] += 1
            continue
        gone = Message(prev.context, prev.source, prev.comment, prev.numerus, [],
                       prev.translation, list(prev.forms), prev.type, prev.extracomment,
                       prev.translatorcomment)
        if prev.current:
            gone.type = "vanished" if prev.type == "" else "obsolete"
            counts["vanished"] += 1
        new[key] = gone
    catalog.messages = new
    return dict(counts)


def _convert_numerus(prev: Message, numerus: bool, n_forms: int) -> tuple[str, list[str]]:
    if numerus:
        return "", [prev.translation] * n_forms
    return (prev.forms[-1] if prev.forms else ""), []


def extract(ts_dir: Path = TS_DIR, sources: Path = SOURCES, quiet: bool = False) -> Extraction:
    """Extract and merge into ts_dir/ventanilla_{lang}.ts (created when missing)."""
    extraction = extract_messages(sources)
    ts_dir.mkdir(parents=True, exist_ok=True)
    for lang, language in LANGUAGES.items():
        path = ts_dir / f"ventanilla_{lang}.ts"
        catalog = load_ts(path) if path.exists() else Catalog(language)
        catalog.language = language
        counts = merge(catalog, extraction.messages)
        save_ts(catalog, path)
        if not quiet:
            current = sum(1 for m in catalog.messages.values() if m.current)
            done = sum(1 for m in catalog.messages.values() if m.current and m.finished())
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
                  f"{current} strings, {done} finished, {current - done} to translate "
                  f"({counts.get('new', 0)} new, {counts.get('vanished', 0)} vanished)")
    if not quiet:
        for p in extraction.problems:
            print(f"problem: {p}", file=sys.stderr)
    return extraction


# --- checking ------------------------------------------------------------------------------------

_PERCENT = re.compile(r"%(?:L?\d{1,2}|n)")
_DIGITS = re.compile(r"\d+")
_ACCEL = re.compile(r"&(?!&)(?=[^\s&])")


def placeholders(text: str) -> tuple[collections.Counter, bool]:
    """The {fields} and %N / %n markers of `text`, and whether its braces parse as a format."""
    found = collections.Counter(_PERCENT.findall(text))
    try:
        for _literal, name, spec, conversion in string.Formatter().parse(text):
            if name is not None:
                found["{" + name + (f"!{conversion}" if conversion else "")
                      + (f":{spec}" if spec else "") + "}"] += 1
        return found, True
    except ValueError:
        return found, False


def _strip_fields(text: str) -> str:
    return _PERCENT.sub("", re.sub(r"\{[^{}]*\}", "", text))


def problems_of(m: Message) -> list[str]:
    """What is wrong with the translation of a current message (empty when it is fine)."""
    if not m.finished():
        return ["not translated" if not m.has_text() else "unfinished"]
    faults = []
    want, parses = placeholders(m.source)
    want_digits = collections.Counter(_DIGITS.findall(_strip_fields(m.source)))
    accel = bool(_ACCEL.search(m.source))
    for i, text in enumerate(m.texts()):
        got, ok = placeholders(text)
        label = f"form {i + 1}: " if m.numerus else ""
        if parses and not ok:
            faults.append(f"{label}unbalanced braces in {text!r}")
        if got != want:
            faults.append(f"{label}placeholders {sorted(got)} differ from the source's {sorted(want)}")
        digits = collections.Counter(_DIGITS.findall(_strip_fields(text)))
        if digits != want_digits:
            faults.append(f"{label}numbers {sorted(digits)} differ from the source's {sorted(want_digits)}")
        if accel != bool(_ACCEL.search(text)):
            faults.append(f"{label}the keyboard accelerator (&) is {'missing' if accel else 'extra'}")
        if len(_ACCEL.findall(text)) > 1:
            faults.append(f"{label}more than one accelerator (&)")
    return faults


def check_catalogs(ts_dir: Path = TS_DIR) -> list[str]:
    """One line per fault in ts_dir/ventanilla_{es,ca}.ts (current strings only)."""
    lines = []
    for lang in LANGUAGES:
        path = ts_dir / f"ventanilla_{lang}.ts"
        if not path.exists():
            lines.append(f"{lang}: {path.name} is missing")
            continue
        catalog = load_ts(path)
        for m in sorted(catalog.messages.values(), key=lambda m: (m.context, m.source)):
            if not m.current:
                continue
            for fault in problems_of(m):
                where = f" ({m.locations[0][0]}:{m.locations[0][1]})" if m.locations else ""
                lines.append(f"{lang}: [{m.context}] {m.source!r}{where}: {fault}")
    return lines


def check_fresh(ts_dir: Path = TS_DIR, sources: Path = SOURCES) -> list[str]:
    """Extract the current source tree into a temporary copy of ts_dir and check that copy;
    the repository's files are not written."""
    with tempfile.TemporaryDirectory(prefix="ventanilla-catalogs-") as tmp:
        copy = Path(tmp)
        for ts in ts_dir.glob("ventanilla_*.ts"):
            shutil.copy2(ts, copy / ts.name)
        extraction = extract(copy, sources, quiet=True)
        return [f"extraction: {p}" for p in extraction.problems] + check_catalogs(copy)


# --- building ------------------------------------------------------------------------------------

def build(ts_dir: Path = TS_DIR, only_stale: bool = False) -> list[Path]:
    """lrelease every ts_dir/*.ts into the .qm beside it. Returns the files written."""
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    written = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if only_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        result = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"pyside6-lrelease failed on {ts}:\n{result.stdout}{result.stderr}")
        written.append(qm)
    return written


# --- translating by file ---------------------------------------------------------------------

def todo(ts_dir: Path = TS_DIR) -> list[dict]:
    """The current strings some catalog lacks, one entry each: {"context", "source", "comment",
    "numerus", "es", "ca"} with the catalogs' present (unfinished) texts, ready to be filled."""
    catalogs = {lang: load_ts(ts_dir / f"ventanilla_{lang}.ts") for lang in LANGUAGES}
    entries: dict[tuple[str, str, str], dict] = {}
    for lang, catalog in catalogs.items():
        for m in catalog.messages.values():
            if not m.current or not problems_of(m):
                continue
            entry = entries.setdefault(m.key, {"context": m.context, "source": m.source,
                                               "comment": m.comment, "numerus": m.numerus})
            for other, cat in catalogs.items():
                known = cat.messages.get(m.key)
                entry[other] = (known.forms if m.numerus else known.translation) if known else ""
    return list(entries.values())


def fill(entries: list[dict], ts_dir: Path = TS_DIR) -> int:
    """Set the "es" and "ca" texts of `entries` (as `todo` writes them) as finished
    translations; returns how many messages changed."""
    changed = 0
    for lang in LANGUAGES:
        path = ts_dir / f"ventanilla_{lang}.ts"
        catalog = load_ts(path)
        for e in entries:
            m = catalog.messages.get((e["context"], e["source"], e.get("comment", "")))
            text = e.get(lang)
            if m is None or not text:
                continue
            if m.numerus:
                m.forms = list(text) if isinstance(text, list) else [text] * NUMERUS_FORMS[lang]
            else:
                m.translation = text
            m.type = ""
            changed += 1
        save_ts(catalog, path)
    return changed


# --- command line --------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("extract", "build", "check", "todo", "fill"))
    parser.add_argument("file", nargs="?", type=Path,
                        help="todo: write the strings to translate here (JSON); fill: read them")
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR, help="default: translations/")
    parser.add_argument("--fresh", action="store_true",
                        help="check: against a fresh extraction, in a temporary copy")
    parser.add_argument("--stale", action="store_true",
                        help="build: only the .ts newer than their .qm")
    args = parser.parse_args(argv)
    ts_dir = args.ts_dir.resolve()
    if args.command == "extract":
        extraction = extract(ts_dir)
        return 1 if extraction.problems else 0
    if args.command == "todo":
        import json
        entries = todo(ts_dir)
        text = json.dumps(entries, ensure_ascii=False, indent=1)
        if args.file:
            args.file.write_text(text, encoding="utf-8")
        else:
            print(text)
        print(f"{len(entries)} string(s) to translate.", file=sys.stderr)
        return 0
    if args.command == "fill":
        import json
        if not args.file:
            parser.error("fill needs the JSON file that todo wrote")
        n = fill(json.loads(args.file.read_text(encoding="utf-8")), ts_dir)
        print(f"{n} translation(s) set.")
        return 0
    if args.command == "build":
        for qm in build(ts_dir, only_stale=args.stale):
            print(f"built {qm}")
        return 0
    faults = check_fresh(ts_dir) if args.fresh else check_catalogs(ts_dir)
    for line in faults:
        print(line)
    if faults:
        print(f"{len(faults)} problem(s).", file=sys.stderr)
        return 1
    print("Every string has a finished Spanish and Catalan translation.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
