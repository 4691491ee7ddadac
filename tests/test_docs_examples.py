"""Every code example in README.md and docs/ runs, and its shown output is checked.

- ```python blocks with ``>>>`` lines run as doctests (ELLIPSIS, NORMALIZE_WHITESPACE);
  other ```python blocks are executed and must not raise.
- ```console / ```bash blocks: each ``$ ru-newsfacts ...`` or ``$ python examples/...``
  command runs from the repository root and its output (the lines up to the next
  ``$``) is compared the doctest way; other commands (pip, pytest) are not run.
- An HTML comment on the line before a block changes this: ``<!-- skip -->`` skips it,
  ``<!-- xfail: why -->`` expects it to fail (strictly: once it passes, drop the mark).

Each block is one test named ``file:line``; it runs with the names the page's earlier python
blocks set up, as a reader running the page in order would have them. The docstring examples of the package's
modules run here too, one test per module.
"""

from __future__ import annotations

import doctest
import importlib
import os
import pkgutil
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex

import ru_newsfacts

ROOT = Path(__file__).resolve().parents[1]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
_FENCE = regex.compile(r"^(?P<indent>[ \t]*+)(?P<fence>`{3,}+|~{3,}+)[ \t]*+(?P<lang>[\w+-]*+)")
_MARK = regex.compile(r"^\s*+<!--\s*+(?P<what>skip|xfail)(?::\s*+(?P<why>.*?))?\s*+-->\s*+$")
_RUNNABLE = regex.compile(r"^(?:ru-newsfacts|python3?\s++examples/)")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int
    lang: str
    code: str
    mark: str | None
    why: str

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT).as_posix()}:{self.line}"


def doc_files() -> list[Path]:
    readme = [ROOT / "README.md"] if (ROOT / "README.md").exists() else []
    return readme + sorted((ROOT / "docs").rglob("*.md"))


def blocks_of(path: Path) -> list[Block]:
    """The fenced code blocks of a Markdown file, with the line of their opening fence."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            # Blocks inside admonitions or lists are indented; the fence's indent is not code.
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        previous = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        mark = _MARK.match(previous)
        found.append(
            Block(
                path=path,
                line=i + 1,
                lang=opening["lang"].lower(),
                code="\n".join(body) + "\n",
                mark=mark["what"] if mark else None,
                why=(mark["why"] or "") if mark else "",
            )
        )
        i = j + 1
    return found


def _is_checked(block: Block) -> bool:
    if block.lang in ("python", "py", "pycon"):
        return True
    if block.lang in ("console", "bash", "shell", "sh"):
        return any(_RUNNABLE.match(line[2:]) for line in block.code.splitlines() if line.startswith("$ "))
    return False


def _params() -> list[object]:
    params: list[object] = []
    for path in doc_files():
        for block in blocks_of(path):
            if not _is_checked(block):
                continue
            marks: list[pytest.MarkDecorator] = []
            if block.mark == "skip":
                marks.append(pytest.mark.skip(reason=block.why or "marked <!-- skip --> in the docs"))
            elif block.mark == "xfail":
                marks.append(pytest.mark.xfail(strict=True, reason=block.why or "marked <!-- xfail -->"))
            params.append(pytest.param(block, id=block.id, marks=marks))
    return params


def _page_namespace(block: Block) -> dict[str, object]:
    """Names set up by the page's earlier python blocks, as a reader running them in order has them."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    parser = doctest.DocTestParser()
    for earlier in blocks_of(block.path) if block.path.exists() else []:
        if earlier.line >= block.line:
            break
        if earlier.lang not in ("python", "py", "pycon") or earlier.mark is not None:
            continue
        if ">>>" in earlier.code:
            for example in parser.get_examples(earlier.code):
                try:
                    exec(compile(example.source, earlier.id, "exec"), namespace)
                except Exception:
                    # An example that shows an error raises it again here; its own test checks it.
                    if example.exc_msg is None:
                        raise
        else:
            exec(compile(earlier.code, earlier.id, "exec"), namespace)
    return namespace


def _run_python(block: Block) -> None:
    namespace = _page_namespace(block)
    if ">>>" not in block.code:
        exec(compile(block.code, block.id, "exec"), namespace)
        return
    test = doctest.DocTestParser().get_doctest(block.code, namespace, block.id, str(block.path), block.line)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    result = runner.run(test, out=report.append)
    assert result.failed == 0, "".join(report)


def _commands(code: str) -> list[tuple[str, str]]:
    """``$ command`` lines with the output lines that follow each."""
    pairs: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        elif pairs:
            pairs[-1][1].append(line)
    return [(cmd, "\n".join(out).strip("\n") + "\n" if any(out) else "") for cmd, out in pairs]


def _shell_command(command: str) -> str:
    """Run ``ru-newsfacts`` and ``python`` from this checkout, whichever Python runs the tests."""
    program = f"{shlex.quote(sys.executable)} -m ru_newsfacts"
    if command.startswith("ru-newsfacts"):
        return program + command[len("ru-newsfacts") :]
    return shlex.quote(sys.executable) + " " + command.split(maxsplit=1)[1]


def _run_console(block: Block, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONIOENCODING": "utf-8", "COLUMNS": "80"}
    checker = doctest.OutputChecker()
    # Commands see the repository's seeds and examples; what they write lands in a scratch folder.
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    for name in ("seeds", "examples"):
        (workdir / name).symlink_to(ROOT / name, target_is_directory=True)
    for command, expected in _commands(block.code):
        if not _RUNNABLE.match(command):
            continue
        done = subprocess.run(
            _shell_command(command),
            shell=True,
            cwd=workdir,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**env, "TMPDIR": str(tmp_path)},
            timeout=120,
            check=False,
        )
        got = done.stdout + done.stderr
        if not expected:
            assert done.returncode == 0, got
            continue
        assert checker.check_output(expected, got, FLAGS), (
            f"$ {command}\n--- expected\n{expected}--- got\n{got}"
        )


@pytest.mark.parametrize("block", _params())
def test_docs_example(block: Block, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    if block.lang in ("python", "py", "pycon"):
        _run_python(block)
    else:
        _run_console(block, tmp_path)


def _modules() -> list[str]:
    names = [ru_newsfacts.__name__]
    names += [m.name for m in pkgutil.walk_packages(ru_newsfacts.__path__, f"{ru_newsfacts.__name__}.")]
    return [n for n in names if n != "ru_newsfacts.__main__"]


@pytest.mark.parametrize("module_name", _modules())
def test_docstring_examples(module_name: str) -> None:
    module = importlib.import_module(module_name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    for test in finder.find(module, module_name):
        runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)


# ---------------------------------------------------------------- the collector itself


def test_collector_reads_marks_fences_and_indents(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "Intro\n\n```python\n>>> 1 + 1\n2\n```\n\n"
        "<!-- xfail: not yet -->\n```console\n$ ru-newsfacts x\n```\n"
        '!!! note\n    ```py title="t"\n    x = 1\n    ```\n\n<!-- skip -->\n\n```bash\npip install x\n```\n',
        encoding="utf-8",
    )
    found = [(b.line, b.lang, b.code, b.mark, b.why) for b in blocks_of(page)]
    assert found == [
        (3, "python", ">>> 1 + 1\n2\n", None, ""),
        (9, "console", "$ ru-newsfacts x\n", "xfail", "not yet"),
        (13, "py", "x = 1\n", None, ""),
        (19, "bash", "pip install x\n", "skip", ""),
    ]


def test_commands_split_output() -> None:
    assert _commands("$ ru-newsfacts a\nout 1\nout 2\n$ pip install x\n$ python examples/p.py\n") == [
        ("ru-newsfacts a", "out 1\nout 2\n"),
        ("pip install x", ""),
        ("python examples/p.py", ""),
    ]


def test_a_wrong_output_fails(tmp_path: Path) -> None:
    page = tmp_path / "wrong.md"
    page.write_text("```python\n>>> 1 + 1\n3\n```\n", encoding="utf-8")
    (block,) = blocks_of(page)
    with pytest.raises(AssertionError, match="Expected"):
        _run_python(Block(ROOT / "wrong.md", block.line, block.lang, block.code, None, ""))


def test_there_are_examples_to_run() -> None:
    assert len(_params()) >= 10


def test_every_page_is_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))
    assert [p for p in pages if f" {p}" not in config] == []


def test_every_public_name_is_documented() -> None:
    """mkdocstrings renders docstrings and field descriptions; none may be missing."""
    for name in ru_newsfacts.__all__:
        if name.startswith("__"):
            continue
        obj = getattr(ru_newsfacts, name)
        assert (obj.__doc__ or "").strip(), name
        for field_name, field in getattr(obj, "model_fields", {}).items():
            assert field.description, f"{name}.{field_name}"
