"""Generated Table Schemas: valid v2 descriptors that say what the models say."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpdata.codelists import codelist, codelist_names
from kpdata.models import TABLES, Process
from kpdata.models.base import LIST_SEPARATOR, column
from kpdata.models.validators import check_email, check_ico, check_slug, check_url, normalise_phone
from kpdata.schemagen.fields import VALIDATOR_RULES, _unanchor
from kpdata.schemagen.tableschema import to_table_schema
from kpdata.vocab import expand


def _codelist_schemas(generated):
    prefix = "schemas/codelists/"
    return {p[len(prefix) : -5]: json.loads(t) for p, t in generated.items() if p.startswith(prefix)}


def test_every_table_schema_validates_against_the_v2_profile(table_schemas, tableschema_profile):
    validator = jsonschema.Draft7Validator(tableschema_profile)
    assert set(table_schemas) == set(TABLES)
    for name, schema in table_schemas.items():
        errors = [e.message for e in validator.iter_errors(schema)]
        assert errors == [], name


def test_every_codelist_schema_validates_against_the_v2_profile(generated, tableschema_profile):
    validator = jsonschema.Draft7Validator(tableschema_profile)
    schemas = _codelist_schemas(generated)
    assert set(schemas) == set(codelist_names())
    for name, schema in schemas.items():
        assert [e.message for e in validator.iter_errors(schema)] == [], name
        assert [f["name"] for f in schema["fields"]] == list(codelist(name).columns)


def test_the_profile_rejects_a_broken_schema(table_schemas, tableschema_profile):
    """The profile check can fail: a field with an unknown type is not a Table Schema."""
    broken = json.loads(json.dumps(table_schemas["plans"]))
    broken["fields"][0]["type"] = "text"
    assert list(jsonschema.Draft7Validator(tableschema_profile).iter_errors(broken))


@pytest.mark.parametrize("table", list(TABLES))
def test_fields_keys_and_metadata_follow_the_model(table_schemas, table):
    model, schema = TABLES[table], table_schemas[table]
    assert [f["name"] for f in schema["fields"]] == model.field_names()
    assert schema["primaryKey"] == [model.__table__.primary_key]
    assert schema["missingValues"] == [""]
    fks = {fk["fields"][0]: fk["reference"]["resource"] for fk in schema.get("foreignKeys", [])}
    assert fks == {n: t for n, t in model.foreign_keys().items() if n not in model.list_fields()}
    for field in schema["fields"]:
        meta = model.columns()[field["name"]]
        assert field["title"] == meta.title_en
        assert field["x-kpdata"]["title_cs"] == meta.title_cs
        assert field["x-kpdata"]["personal"] is meta.personal
        assert field["x-kpdata"].get("predicate") == (expand(meta.predicate) if meta.predicate else None)
        required = model.model_fields[field["name"]].is_required()
        assert field.get("constraints", {}).get("required", False) is required


def test_types_of_typical_fields(table_schemas):
    types = {t: {f["name"]: f["type"] for f in s["fields"]} for t, s in table_schemas.items()}
    assert types["plans"]["approved_on"] == "date"
    assert types["plans"]["period_start"] == "integer"
    assert types["figures"]["value"] == "number"
    assert types["figures"]["approximate"] == "boolean"
    assert types["sources"]["retrieved_at"] == "datetime"
    assert types["groups"]["target_groups"] == "string"


def _field(table_schemas, table, name):
    return next(f for f in table_schemas[table]["fields"] if f["name"] == name)


def test_codelist_fields_list_their_codes_as_categories(table_schemas):
    for table, model in TABLES.items():
        for name, meta in model.columns().items():
            field = _field(table_schemas, table, name)
            if meta.codelist and "categories" in field:
                values = [c["value"] if isinstance(c, dict) else c for c in field["categories"]]
                assert values == list(codelist(meta.codelist).ordered_codes), (table, name)
    status = _field(table_schemas, "plans", "status")
    assert {"value": "current", "label": codelist("plan_statuses")["current"].label_cs} in status[
        "categories"
    ]


def test_list_fields_say_how_values_are_joined(table_schemas):
    field = _field(table_schemas, "groups", "target_groups")
    assert "categories" not in field
    assert f'joined by "{LIST_SEPARATOR}"' in field["description"]
    pattern = re.compile(f"^{field['constraints']['pattern']}$")
    assert pattern.match("seniors") and pattern.match("seniors|homeless|crisis")
    assert not pattern.match("seniors|bezdomovci") and not pattern.match("seniors|")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.sampled_from(["", "+420 ", "00420"]))
def test_phone_pattern_accepts_what_the_validator_returns(digits, prefix):
    pattern = VALIDATOR_RULES[normalise_phone]["pattern"]
    try:
        value = normalise_phone(prefix + digits)
    except ValueError:
        return
    assert re.fullmatch(pattern, value)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20))
def test_slug_pattern_agrees_with_the_validator(text):
    pattern = VALIDATOR_RULES[check_slug]["pattern"]
    try:
        check_slug(text)
        valid = True
    except ValueError:
        valid = False
    assert bool(re.fullmatch(pattern, text)) is valid


@pytest.mark.parametrize(
    ("check", "good", "bad"),
    [
        (check_ico, "00300535", "0030053"),
        (check_email, "jana.vzorova@example.cz", "jana@example"),
        (check_url, "https://www.example.cz/kp", "www.example.cz"),
    ],
)
def test_value_patterns_agree_with_validators(check, good, bad):
    pattern = VALIDATOR_RULES[check]["pattern"]
    assert re.fullmatch(pattern, check(good))
    assert not re.fullmatch(pattern, bad)


@pytest.mark.parametrize(
    ("pattern", "table_pattern"),
    [
        (r"^[0-9a-f]{64}$", r"[0-9a-f]{64}"),
        (r"^(obec|orp)-\d{3,6}$", r"(obec|orp)-\d{3,6}"),
        (r"^a|b$", r"(a|b)"),
    ],
)
def test_patterns_lose_anchors_but_keep_alternatives_whole(pattern, table_pattern):
    """frictionless matches ``^{pattern}$``: a bare ``a|b`` would match a prefix or a suffix only."""
    assert _unanchor(pattern) == table_pattern
    anchored = re.compile(f"^{table_pattern}$")
    assert not anchored.match("bx") and not anchored.match("xa")


class _ProcessWithListKey(Process):
    __table__ = Process.__table__
    partner_ids: list[str] = column(
        default_factory=list, title_cs="Partneři", title_en="Partners", references="organizations"
    )


def test_a_list_of_keys_is_no_table_schema_foreign_key():
    schema = to_table_schema(_ProcessWithListKey)
    assert "partner_ids" not in {fk["fields"][0] for fk in schema["foreignKeys"]}
    assert "territory_id" in {fk["fields"][0] for fk in schema["foreignKeys"]}
    field = next(f for f in schema["fields"] if f["name"] == "partner_ids")
    assert field["rdfType"] == expand(TABLES["organizations"].__table__.rdf_class)
