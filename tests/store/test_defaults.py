"""A default attribution model: the database's setting (`quotegraph config`, store/settings.py) on SQLite
and PostgreSQL, and QUOTEGRAPH_ATTRIBUTION_MODEL / _SCOPE in the environment (quotegraph/defaults.py).
`ingest` and `serve` analyze with it when no --attribution-model is given, the option overrides it,
--rules-only ignores it, and a setting whose directory is gone stops the command with a clear error.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner, Result

from quotegraph.cli import app
from quotegraph.defaults import ENV_MODEL, ENV_SCOPE, Choice, choose
from quotegraph.errors import ModelError
from quotegraph.models import NO_SHIPPED_VARIABLE, shipped_model
from quotegraph.records import LearnedAttribution
from quotegraph.store import open_store
from quotegraph.store.settings import (
    MODEL,
    SCOPE,
    set_attribution_model,
    set_attribution_scope,
    settings,
    stored_attribution,
    unset,
)
from tests.support.learned import TEXTS, analyzed, stored
from tests.support.paths import TRAIN_FIXTURE
from tests.support.server import free_port, running
from tests.support.stores import BACKENDS, new_target

runner = CliRunner()
ARTICLE = TEXTS[0]


@pytest.fixture(autouse=True)
def no_model_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests say what the environment holds; the developer's shell must not."""
    monkeypatch.delenv(ENV_MODEL, raising=False)
    monkeypatch.delenv(ENV_SCOPE, raising=False)


@pytest.fixture(params=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return new_target(request.param, request, tmp_path)


@pytest.fixture
def other_model(tmp_path: Path, model_dir: Path) -> Path:
    """The same model under another directory name, which is what an analysis records."""
    return Path(shutil.copytree(model_dir, tmp_path / "other-model"))


def config(db: str | Path, *words: str) -> Result:
    return runner.invoke(app, ["config", *words, "--db", str(db)])


def ingest(db: str | Path, *options: str, env: dict[str, str] | None = None) -> Result:
    command = ["ingest", str(ARTICLE), "--db", str(db), "--workers", "0", "--quiet", *options]
    return runner.invoke(app, command, env=env)


def models_used(db: str | Path) -> list[tuple[str | None, str | None]]:
    """(attribution_model, attribution_scope) of each stored article."""
    with open_store(db, create=False) as store:
        rows = store.db.execute("SELECT attribution_model, attribution_scope FROM articles ORDER BY id")
    return [(row["attribution_model"], row["attribution_scope"]) for row in rows]


def with_setting(db: str | Path, model: Path, *options: str) -> str | Path:
    result = config(db, "set", "attribution-model", str(model), *options)
    assert result.exit_code == 0, result.output
    return db


# --- the setting --------------------------------------------------------------------------------------


def test_the_setting_is_kept_in_the_database_as_an_absolute_path(
    target: str, model_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(model_dir.parent)
    absolute = model_dir.resolve()
    with open_store(target) as store:
        chosen = set_attribution_model(store, LearnedAttribution(Path(model_dir.name), "model"))
    assert chosen == LearnedAttribution(absolute, "model")
    with open_store(target, create=False) as store:  # another connection reads what was committed
        assert settings(store) == {MODEL: str(absolute), SCOPE: "model"}
        assert stored_attribution(store) == LearnedAttribution(absolute, "model")
        set_attribution_scope(store, "all")
        assert stored_attribution(store) == LearnedAttribution(absolute, "all")
        assert unset(store, MODEL) is True  # the scope goes with it
        assert settings(store) == {}
        assert stored_attribution(store) is None
        assert unset(store, MODEL) is False


def test_config_commands_set_get_show_and_unset(tmp_path: Path, model_dir: Path, monkeypatch):
    monkeypatch.chdir(model_dir.parent)
    db = tmp_path / "news.db"  # created by `config set`: a setting may come before the first ingest
    result = config(db, "set", "attribution-model", model_dir.name, "--scope", "all")
    assert result.exit_code == 0, result.output
    absolute = str(model_dir.resolve())
    assert config(db, "get", "attribution-model").stdout == absolute + "\n"
    assert config(db, "get", "attribution-scope").stdout == "all\n"
    assert json.loads(config(db, "show", "--json").stdout) == {MODEL: absolute, SCOPE: "all"}
    assert config(db, "show").stdout == f"attribution-model = {absolute}\nattribution-scope = all\n"
    assert config(db, "set", "attribution-scope", "model").exit_code == 0
    assert config(db, "get", "attribution-scope").stdout == "model\n"

    assert config(db, "unset", "attribution-model").exit_code == 0
    missing = config(db, "get", "attribution-model")
    assert missing.exit_code == 1 and missing.stdout == ""
    assert f"attribution-model is not set in {db}" in missing.stderr
    assert json.loads(config(db, "show", "--json").stdout) == {}


def test_config_refuses_what_is_no_model_and_a_scope_without_one(tmp_path: Path):
    db = tmp_path / "news.db"
    not_a_model = tmp_path / "not-a-model"
    not_a_model.mkdir()
    result = config(db, "set", "attribution-model", str(not_a_model))
    assert result.exit_code == 3
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert f"{not_a_model} is not an attribution model directory" in result.stderr
    assert json.loads(config(db, "show", "--json").stdout) == {}

    result = config(db, "set", "attribution-scope", "all")
    assert result.exit_code == 3
    assert "has no attribution-model setting" in result.stderr
    assert config(db, "set", "attribution-scope", "everything").exit_code == 2
    assert config(db, "get", "no-such-key").exit_code == 2
    assert config(tmp_path / "none.db", "show").exit_code == 5  # a query never creates a database


# --- ingest -------------------------------------------------------------------------------------------


def test_ingest_analyzes_with_the_databases_model(target: str, model_dir: Path):
    with_setting(target, model_dir, "--scope", "all")
    result = ingest(target)
    assert result.exit_code == 0, result.output
    assert f"note: using the database's attribution model {model_dir.resolve()} (scope all)" in result.stderr
    assert models_used(target) == [(model_dir.name, "all")]
    # What the model gives, not just its name: the whole analysis is analyze's with the same options.
    expected = analyzed(ARTICLE, "--attribution-model", str(model_dir), "--attribution-scope", "all")
    assert stored(target)[ARTICLE.name] == expected


def test_the_option_overrides_the_setting_and_rules_only_ignores_it(
    tmp_path: Path, model_dir: Path, other_model: Path
):
    overridden = with_setting(tmp_path / "overridden.db", model_dir, "--scope", "all")
    result = ingest(overridden, "--attribution-model", str(other_model))
    assert result.exit_code == 0, result.output
    assert "note:" not in result.stderr
    # The database's scope goes with the database's model; the option's model has the option's scope.
    assert models_used(overridden) == [("other-model", "quotes")]

    rules = with_setting(tmp_path / "rules.db", model_dir)
    result = ingest(rules, "--rules-only")
    assert result.exit_code == 0, result.output
    assert models_used(rules) == [(None, None)]
    assert stored(rules)[ARTICLE.name] == analyzed(ARTICLE)

    both = runner.invoke(app, ["ingest", str(ARTICLE), "--rules-only", "--attribution-model", str(model_dir)])
    assert both.exit_code == 2 and "exclude each other" in both.output


def test_a_setting_whose_folder_is_gone_stops_ingest_and_serve_clearly(
    tmp_path: Path, other_model: Path, monkeypatch: pytest.MonkeyPatch
):
    db = with_setting(tmp_path / "news.db", other_model)
    shutil.rmtree(other_model)
    result = ingest(db)
    assert result.exit_code == 3
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert f"attribution-model setting names {other_model.resolve()}, which is no longer a directory" in (
        result.stderr
    )
    assert f"quotegraph config unset attribution-model --db {db}" in result.stderr
    assert "Traceback" not in result.output
    assert models_used(db) == []  # nothing analyzed without it

    monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: pytest.fail("the server started"))
    result = runner.invoke(app, ["serve", "--db", str(db)])
    assert result.exit_code == 3 and "which is no longer a directory" in result.stderr

    assert ingest(db, "--rules-only").exit_code == 0
    assert models_used(db) == [(None, None)]


# --- the environment ----------------------------------------------------------------------------------


def test_choose_order_option_environment_database_rules():
    flag, env_path, db_model = Path("/flag"), Path("/env"), LearnedAttribution(Path("/db"), "model")
    environ = {ENV_MODEL: str(env_path), ENV_SCOPE: "all"}
    asked: list[bool] = []

    def setting() -> LearnedAttribution:
        asked.append(True)
        return db_model

    assert choose(flag, None, setting, environ=environ) == Choice(LearnedAttribution(flag, "all"), "option")
    assert choose(flag, "quotes", setting, environ=environ).model == LearnedAttribution(flag, "quotes")
    assert choose(None, None, setting, environ=environ) == Choice(
        LearnedAttribution(env_path, "all"), "environment"
    )
    assert asked == []  # the database is not read when the option or the environment names a model
    assert choose(None, None, setting, environ={}) == Choice(db_model, "database")
    assert choose(None, None, setting, environ={ENV_SCOPE: "all"}).model == LearnedAttribution(
        Path("/db"), "all"
    )
    assert choose(None, "quotes", setting, environ={}).model == LearnedAttribution(Path("/db"), "quotes")
    assert choose(None, None, setting, environ={ENV_MODEL: ""}).origin == "database"  # empty is unset
    # Nothing named and the shipped model set aside: the rules alone; not set aside: the shipped model.
    assert choose(None, None, lambda: None, environ={NO_SHIPPED_VARIABLE: "1"}) == Choice()
    if shipped_model({}) is not None:
        assert choose(None, None, lambda: None, environ={}).origin == "shipped"
    assert choose(None, None, setting, rules_only=True, environ=environ) == Choice()
    with pytest.raises(ModelError, match="QUOTEGRAPH_ATTRIBUTION_SCOPE is 'every', not one of quotes"):
        choose(None, None, setting, environ={ENV_SCOPE: "every"})

    assert choose(flag, None, environ={}).note() is None  # the user typed it
    assert choose(None, None, environ=environ).note() == f"using {ENV_MODEL}=/env (scope all)"
    assert (
        choose(None, None, setting, environ={}).note()
        == "using the database's attribution model /db (scope model)"
    )


def test_analyze_and_evaluate_read_the_model_from_the_environment(model_dir: Path):
    env = {ENV_MODEL: str(model_dir), ENV_SCOPE: "model"}
    result = runner.invoke(app, ["analyze", str(ARTICLE), "--format", "json"], env=env)
    assert result.exit_code == 0, result.output
    assert f"note: using {ENV_MODEL}={model_dir} (scope model)" in result.stderr
    options = ["--attribution-model", str(model_dir), "--attribution-scope", "model"]
    assert json.loads(result.stdout) == analyzed(ARTICLE, *options)
    result = runner.invoke(app, ["analyze", str(ARTICLE), "--format", "json", "--rules-only"], env=env)
    assert json.loads(result.stdout) == analyzed(ARTICLE)

    def scores(*options: str, env: dict[str, str] | None = None) -> dict:
        result = runner.invoke(app, ["evaluate", str(TRAIN_FIXTURE), "--json", *options], env=env)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    from_environment = scores(env=env)
    assert from_environment == scores(*options)
    assert from_environment != scores()  # the model's attributions alone score otherwise than the rules


def test_the_environment_comes_before_the_databases_setting(
    tmp_path: Path, model_dir: Path, other_model: Path
):
    db = with_setting(tmp_path / "news.db", model_dir, "--scope", "all")
    result = ingest(db, env={ENV_MODEL: str(other_model)})
    assert result.exit_code == 0, result.output
    assert f"note: using {ENV_MODEL}={other_model} (scope quotes)" in result.stderr
    assert models_used(db) == [("other-model", "quotes")]


# --- serve --------------------------------------------------------------------------------------------


def served_info(monkeypatch: pytest.MonkeyPatch, *options: str) -> tuple[Result, dict]:
    """`quotegraph serve` with these options, its app then served by a real uvicorn: /api/info."""
    apps: list = []
    monkeypatch.setattr("uvicorn.run", lambda application, **kwargs: apps.append(application))
    result = runner.invoke(app, ["serve", *options])
    assert result.exit_code == 0, result.output
    with running(apps[0]) as base:
        return result, httpx.get(f"{base}/api/info", timeout=30).json()


def test_serve_analyzes_with_the_databases_model_and_says_so_in_api_info(
    tmp_path: Path, model_dir: Path, other_model: Path, monkeypatch: pytest.MonkeyPatch
):
    db = str(with_setting(tmp_path / "news.db", model_dir, "--scope", "model"))
    result, info = served_info(monkeypatch, "--db", db)
    assert (
        f"note: using the database's attribution model {model_dir.resolve()} (scope model)" in result.stderr
    )
    assert info["attribution_model"] == {"name": model_dir.name, "architecture": "cnn", "scope": "model"}

    _, info = served_info(monkeypatch, "--db", db, "--attribution-model", str(other_model))
    assert info["attribution_model"] == {"name": "other-model", "architecture": "cnn", "scope": "quotes"}
    _, info = served_info(monkeypatch, "--db", db, "--rules-only")
    assert info["attribution_model"] is None
    _, info = served_info(monkeypatch, "--db", str(tmp_path / "not-yet.db"))  # no store yet: no setting
    assert info["attribution_model"] is None


def test_serve_over_a_database_it_cannot_open_says_how_to_start_anyway(monkeypatch: pytest.MonkeyPatch):
    down = f"postgresql://postgres@127.0.0.1:{free_port()}/news"  # nothing listens there
    monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: pytest.fail("the server started"))
    result = runner.invoke(app, ["serve", "--db", down])
    assert result.exit_code == 5
    assert result.stderr.startswith("error: cannot read the database's attribution-model setting")
    assert (
        "give --attribution-model DIR or --rules-only" in result.stderr and "Traceback" not in result.output
    )
    _, info = served_info(monkeypatch, "--db", down, "--rules-only")
    assert info["attribution_model"] is None
