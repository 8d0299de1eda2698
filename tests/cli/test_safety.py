"""The command line never destroys, never crashes, never leaks (issue 10).

Refusals of the output folder and of the config are checked before the cdk8s runtime
starts, so most of these tests are fast; the few that synthesize share one example tree.
Secret-looking test values are assembled at run time, so no key material is in the source.
"""

from __future__ import annotations

import os
import secrets
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, EditConfig
from tokenplane.cli import main
from tokenplane.output.swap import clean_stale_staging, replace_tree
from tokenplane.output.target import MARKER
from tokenplane.versions import VLLM_IMAGE


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _synth(config: Path, out: Path, *extra: str) -> int:
    return main(["synth", "--config", str(config), "--out", str(out), *extra])


def _fake_key(prefix: str, length: int = 40) -> str:
    """A random key-shaped string, drawn anew each run so no key-like text is in the source.

    Its characters are drawn without repeats: a draw with repeats can fall under the detector's
    entropy bar (about 1 in 1,000 at 30 characters), which made the outcome depend on the draw.
    """
    alphabet = string.ascii_letters + string.digits
    body = "".join(secrets.SystemRandom().sample(alphabet, length - 3))
    return prefix + body + "A1z"  # every character class, whatever the draw


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tree synthesized from the example config (do not change it)."""
    out = tmp_path_factory.mktemp("written") / "dist"
    assert _synth(REPO / "config", out) == 0
    return out


# The output folder -----------------------------------------------------------------------


def test_fails_when_out_is_a_git_work_tree_root(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checkout = tmp_path / "checkout"
    (checkout / ".git").mkdir(parents=True)
    (checkout / "README.md").write_text("mine\n")
    before = _snapshot(checkout)
    assert _synth(config_dir, checkout) == 1
    err = capsys.readouterr().err
    assert "root of a Git work tree" in err and "Traceback" not in err
    assert _snapshot(checkout) == before


def test_fails_when_out_is_the_config_folder_or_contains_it(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(config_dir.parent)
    assert _synth(config_dir, config_dir) == 1
    assert "is the config folder" in capsys.readouterr().err
    assert _synth(config_dir, config_dir.parent) == 1
    assert "contains the config folder" in capsys.readouterr().err
    assert _synth(config_dir, config_dir / "..") == 1
    assert _snapshot(config_dir.parent) == before


def test_fails_when_out_holds_files_tokenplane_did_not_write(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "handbook.md").write_text("hand-written\n")
    assert _synth(config_dir, docs) == 1
    assert "did not write" in capsys.readouterr().err
    assert (docs / "handbook.md").read_text() == "hand-written\n"


def test_fails_when_a_marked_tree_holds_a_foreign_file(
    written: Path, config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dist"
    shutil.copytree(written, out)
    (out / "production" / "notes.md").write_text("mine\n")
    (out / "production" / "platform" / "extra.yaml").write_text("kind: ConfigMap\n")
    assert _synth(config_dir, out) == 1
    err = capsys.readouterr().err
    assert "production/notes.md and 1 more" in err
    assert (out / "production" / "notes.md").is_file()


@pytest.mark.parametrize("target", ["file", "symlink", "root", "home"])
def test_fails_when_out_is_not_a_folder_of_its_own(
    target: str,
    config_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if target == "file":
        out = tmp_path / "some-file.txt"
        out.write_text("keep\n")
    elif target == "symlink":
        real = tmp_path / "real"
        real.mkdir()
        out = tmp_path / "link"
        out.symlink_to(real)
    elif target == "root":
        out = Path("/")
    else:
        home = tmp_path / "home"
        home.mkdir()
        monkeypatch.setenv("HOME", str(home))
        out = home
    before = sorted(p.name for p in tmp_path.iterdir())
    assert _synth(config_dir, out) == 1
    err = capsys.readouterr().err
    assert "refused to write the output" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    if target == "file":
        assert out.read_text() == "keep\n"


def test_an_empty_or_missing_folder_is_written_with_a_marker(written: Path, tmp_path: Path) -> None:
    marker = (written / MARKER).read_text()
    assert "tokenplane-output: 1" in marker and "config-sha256:" in marker
    empty = tmp_path / "empty"
    empty.mkdir()
    replace_tree(empty, {MARKER: marker, "c/a.yaml": "a\n"})
    assert (empty / MARKER).read_text() == marker


def test_fails_when_the_parent_of_out_is_a_file(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("keep\n")
    assert _synth(config_dir, blocker / "dist") == 1
    err = capsys.readouterr().err
    assert "cannot" in err and "Traceback" not in err
    assert blocker.read_text() == "keep\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker", "config"]


def test_stale_staging_folders_of_killed_runs_are_removed(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = int(done.stdout)
    stale = tmp_path / f".dist.new-{dead}-0123abcd"
    stale.mkdir()
    (stale / MARKER).write_text("tokenplane-output: 1\n")
    foreign = tmp_path / f".dist.new-{dead}-89abcdef"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("not ours\n")
    replace_tree(tmp_path / "dist", {MARKER: "", "c/a.yaml": "a\n"})
    assert not stale.exists()
    assert foreign.exists()  # not recognisably tokenplane's: left alone
    assert clean_stale_staging(tmp_path / "dist") == []


def test_fails_when_interrupted_while_writing_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "dist"
    replace_tree(out, {MARKER: "", "c/a.yaml": "a\n"})
    real_open = open

    def interrupted(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith("b.yaml"):
            raise KeyboardInterrupt
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", interrupted)
    with pytest.raises(KeyboardInterrupt):
        replace_tree(out, {MARKER: "", "c/a.yaml": "new\n", "c/b.yaml": "b\n"})
    monkeypatch.undo()
    assert (out / "c/a.yaml").read_text() == "a\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


# No traceback -----------------------------------------------------------------------------


ALIAS_BOMB = """version: 1
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]
"""


@pytest.mark.parametrize(
    "text",
    [ALIAS_BOMB, "version: 1\ntiers: &t\n  free: *t\n"],
    ids=["bomb", "recursive"],
)
def test_fails_when_the_config_uses_yaml_aliases(
    text: str, config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (config_dir / "tiers.yaml").write_text(text)
    assert _synth(config_dir, tmp_path / "dist") == 1
    err = capsys.readouterr().err
    assert "tiers.yaml:3: YAML aliases" in err
    assert "Traceback" not in err and not (tmp_path / "dist").exists()


def test_fails_when_a_quote_is_unclosed_naming_where_it_opens(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = 'version: 1\ntiers:\n  free:\n    models: ["llama\n    a: 1\n    b: 2\n'
    (config_dir / "tiers.yaml").write_text(text)
    assert _synth(config_dir, tmp_path / "dist") == 1
    err = capsys.readouterr().err
    assert "tiers.yaml:7: invalid YAML" in err and "quoted scalar on line 4" in err, err


def test_fails_when_a_model_id_is_reserved_upstream(
    config_dir: Path, edit_config: EditConfig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_config("models.yaml", "  nemotron-vl-12b:", "  route-not-found:")
    edit_config("tiers.yaml", "nemotron-vl-12b", "route-not-found")
    assert _synth(config_dir, tmp_path / "dist") == 1
    err = capsys.readouterr().err
    assert "models.yaml:30: models.route-not-found: model id 'route-not-found' is reserved" in err


def test_fails_when_the_shared_folder_is_missing(
    config_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TOKENPLANE_SHARED", str(tmp_path / "no-shared"))
    assert _synth(config_dir, tmp_path / "dist") == 2
    assert main(["validate", str(REPO / "dist")]) == 2
    err = capsys.readouterr().err
    assert "pinned upstream CRDs are missing" in err and "Traceback" not in err


def test_fails_when_validate_reads_broken_yaml_or_a_document_without_kind(
    written: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(written, dist)
    gateway = dist / "production" / "platform" / "gateway-tokenplane.yaml"
    gateway.write_text(gateway.read_text() + "  broken: [unclosed\n")
    namespace = next((dist / "production" / "platform").glob("namespace-*.yaml"))
    namespace.write_text("apiVersion: v1\nmetadata: {name: x}\n")
    assert main(["validate", str(dist), "--config", str(REPO / "config")]) == 1
    err = capsys.readouterr().err
    assert f"{gateway}:" in err and "invalid YAML" in err
    assert "Traceback" not in err and "KeyError" not in err


def test_fails_with_exit_3_and_no_traceback_on_an_internal_error(
    config_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("tokenplane.cli.check_target", broken)
    assert _synth(config_dir, tmp_path / "dist") == 3
    err = capsys.readouterr().err
    assert "internal error (RuntimeError: boom)" in err and "Traceback" not in err


# Exit codes and the command line ---------------------------------------------------------


def test_version_and_help_list_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("tokenplane ")
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "3  internal error" in out and "--detailed-exitcode" in out
    assert main(["plan", "--help"]) == 0
    assert "--detailed-exitcode" in capsys.readouterr().out


def test_fails_with_exit_2_on_a_wrong_command_line_or_missing_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["synth", "--no-such-flag"]) == 2
    assert main(["synth", "--today", "tomorrow"]) == 2
    assert main([]) == 2
    assert main(["synth", "--config", str(tmp_path / "missing")]) == 2
    assert main(["validate", str(tmp_path / "missing")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_config_error_is_reported_before_the_cdk8s_runtime_starts(tmp_path: Path) -> None:
    config = tmp_path / "config"
    shutil.copytree(REPO / "config", config)
    (config / "tiers.yaml").write_text("version: 1\ntiers: [\n")
    code = (
        "import sys; from tokenplane.cli import main; status = main(sys.argv[1:]); "
        "assert 'jsii' not in sys.modules and 'cdk8s' not in sys.modules, 'runtime started'; "
        "sys.exit(status)"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "synth",
            "--config",
            str(config),
            "--out",
            str(tmp_path / "dist"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "tiers.yaml:" in done.stderr


# Stale dist/ and kustomize listings --------------------------------------------------------


def test_fails_when_validate_or_plan_judge_a_stale_dist(
    written: Path,
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(written, dist)
    edit_config("tiers.yaml", "per_minute: 10,", "per_minute: 11,")
    assert main(["validate", str(dist), "--config", str(config_dir)]) == 1
    assert "is stale" in capsys.readouterr().err
    args = ["plan", "--dist", str(dist), "--config", str(config_dir), "--base-dist", str(written)]
    assert main(args) == 1
    assert "is stale" in capsys.readouterr().err


def test_fails_when_a_file_is_not_listed_in_its_kustomization(
    written: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(written, dist)
    kustomization = dist / "production" / "platform" / "kustomization.yaml"
    lines = kustomization.read_text().splitlines(keepends=True)
    dropped = next(line for line in lines if "gateway-tokenplane.yaml" in line)
    kustomization.write_text("".join(line for line in lines if line != dropped) + "- gone.yaml\n")
    assert main(["validate", str(dist), "--config", str(tmp_path / "no-config")]) == 1
    err = capsys.readouterr().err
    assert "gateway-tokenplane.yaml: not listed in any kustomization.yaml" in err
    assert "lists gone.yaml, which does not exist" in err


# Secrets -------------------------------------------------------------------------------------


def test_fails_when_env_holds_a_credential_and_never_echoes_it(
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    token = _fake_key("hf_")
    text = (config_dir / "models.yaml").read_text()
    assert "    gpus: 1\n" in text
    edit_config("models.yaml", "    gpus: 1\n", f"    gpus: 1\n    env: {{HF_TOKEN: {token}}}\n")
    assert _synth(config_dir, tmp_path / "dist") == 1
    err = capsys.readouterr().err
    assert "HF_TOKEN looks like a credential" in err
    assert token not in err and token[3:20] not in err


@pytest.mark.parametrize("where", ["key id", "display name", "hostname"])
def test_fails_when_a_named_field_looks_like_a_secret_and_redacts_it(
    where: str,
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = _fake_key("sk-" + "proj-")
    if where == "key id":
        edit_config("tenants.yaml", "keys: [{id: primary}]", f"keys: [{{id: {key.lower()}}}]")
    elif where == "display name":
        edit_config("tenants.yaml", "display_name: Acme", f"display_name: {key}")
    else:
        edit_config(
            "platform.yaml",
            "hostname: api.tokenplane.example.com",
            f"hostname: {_fake_key('', 30)}.example.com",
        )
    assert _synth(config_dir, tmp_path / "dist") == 1
    err = capsys.readouterr().err
    assert "looks like" in err and "redacted" in err
    assert key not in err and key.lower() not in err and key[8:24] not in err


# Expiry ------------------------------------------------------------------------------------


def test_synth_prints_each_key_withdrawn_because_it_expired(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _synth(config_dir, tmp_path / "dist", "--today", "2099-07-01") == 0
    out = capsys.readouterr().out
    assert "withdrew key primary of tenant" in out and "expired on 2099-06-30" in out


def test_plan_names_expired_keys_and_lists_keys_expiring_soon(
    written: Path, config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "plan",
        "--dist",
        str(written),
        "--config",
        str(REPO / "config"),
        "--base-dist",
        str(written),
        "--today",
        "2099-06-20",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Keys expiring within 14 days" in out and "expires on 2099-06-30" in out
    later = tmp_path / "dist"
    assert _synth(config_dir, later, "--today", "2099-07-01") == 0
    capsys.readouterr()
    args = [
        "plan",
        "--dist",
        str(later),
        "--config",
        str(config_dir),
        "--base-dist",
        str(written),
        "--today",
        "2099-07-01",
        "--detailed-exitcode",
    ]
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "Expired keys withdrawn" in out and "expired on 2099-06-30" in out


# Bounds and collisions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("per_minute: 10,", "per_minute: 100000000000000000000000,", "less than or equal to"),
        ("per_minute: 10,", "per_minute: 10.5,", "valid integer"),
    ],
    ids=["too-large", "float"],
)
def test_fails_when_a_limit_is_out_of_bounds(
    old: str,
    new: str,
    expected: str,
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit_config("tiers.yaml", old, new)
    assert _synth(config_dir, tmp_path / "dist") == 1
    err = capsys.readouterr().err
    assert "tiers.yaml:" in err and expected in err, err


def test_fails_when_the_hostname_is_an_ip_address_or_an_image_tag_moves(
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit_config("platform.yaml", "hostname: api.tokenplane.example.com", "hostname: 10.0.0.1")
    edit_config("models.yaml", VLLM_IMAGE, "vllm/vllm-openai:latest")
    assert _synth(config_dir, tmp_path / "dist") == 1
    err = capsys.readouterr().err
    assert "not an IP address" in err
    assert "image tag 'latest' moves" in err


def test_fails_when_two_config_entries_map_to_one_object_name(
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit_config("models.yaml", "  nemotron-vl-12b:", "  llama-3-1-8b-epp:")
    edit_config("tiers.yaml", "nemotron-vl-12b", "llama-3-1-8b-epp")
    edit_config("platform.yaml", "  auth: kuadrant-system", "  auth: tokenplane-models")
    assert _synth(config_dir, tmp_path / "dist") == 1
    err = capsys.readouterr().err
    assert "models.yaml:30: models.llama-3-1-8b-epp:" in err
    assert "models.yaml:" in err and "models.llama-3-1-8b:" in err
    assert "namespace 'tokenplane-models' is also namespaces" in err


def test_fails_when_dates_are_extreme_without_a_crash(
    written: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["plan", "--dist", str(written), "--base-dist", str(written), "--config", "/nonexist"]
    assert main([*args, "--today", "9999-12-31", "--expiring-within", "36500"]) == 0
    assert main([*args, "--expiring-within", "-1"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_fails_when_terminated_like_when_interrupted() -> None:
    import signal

    from tokenplane.cli import _terminate_as_interrupt

    with pytest.raises(KeyboardInterrupt), _terminate_as_interrupt():
        signal.raise_signal(signal.SIGTERM)
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_fails_when_a_config_file_is_not_a_regular_file(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (config_dir / "tiers.yaml").unlink()
    os.mkfifo(config_dir / "tiers.yaml")  # reading it would block forever
    (config_dir / "models.yaml").unlink()
    (config_dir / "models.yaml").mkdir()
    assert _synth(config_dir, tmp_path / "dist") == 1
    err = capsys.readouterr().err
    assert "tiers.yaml: cannot read: not a regular file" in err
    assert "models.yaml: cannot read: not a regular file" in err
