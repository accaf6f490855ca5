"""Database helpers for the hot paths: many rows in one INSERT statement batch (bulk imports); one new row, and one
row by a unique key, without the ORM building the statement each time (every submission, every audit row).

`QuerySet.bulk_create` spends most of its time preparing each value through the ORM (about 1 ms per row of a
report on the CI machine); an import of 50,000 reports must hold SQLite's single write lock for seconds, not a
minute. `insert_many` adapts only what needs adapting (times, JSON) and sends the rest as is with `executemany`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, cast

from django.db import connections, models, router, transaction
from django.db.models import signals


def insert_many(model: type[models.Model], rows: Sequence[Mapping[str, Any]], *, batch_size: int = 1000) -> None:
    """INSERT plain rows (field attname → Python value); fields a row leaves out take their default.

    Every row gives the same fields. No signals, no `save()`, primary keys not returned: callers look rows up by a
    unique key afterwards. Fields with auto_now/auto_now_add must be given. Runs inside the caller's transaction.
    """
    if not rows:
        return
    using = router.db_for_write(model)
    connection = connections[using]
    if not transaction.get_connection(using).in_atomic_block:
        raise RuntimeError("insert_many() must run inside a transaction")
    given = set(rows[0])
    columns: list[str] = []
    makers: list[Callable[[Mapping[str, Any]], Any]] = []
    for field in model._meta.concrete_fields:
        if field.primary_key and field.attname not in given:
            continue
        columns.append(connection.ops.quote_name(field.column))
        if field.attname in given:
            makers.append(_adapter(field, connection))
        else:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                raise ValueError(f"insert_many(): give {model.__name__}.{field.attname}")
            makers.append(_constant(field.get_db_prep_save(field.get_default(), connection)))
    # Table and column names come from the model and are quoted; every value is a parameter.
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
        connection.ops.quote_name(model._meta.db_table), ", ".join(columns), ", ".join(["%s"] * len(columns))
    )
    with connection.cursor() as cursor:
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            cursor.executemany(sql, [tuple(make(row) for make in makers) for row in batch])


M = TypeVar("M", bound=models.Model)

_statements: dict[tuple[str, type[models.Model], str, tuple[str, ...]], str] = {}
_statements_lock = threading.Lock()


def row_by_unique(model: type[M], field: str, value: Any, *, only: Sequence[str] = ()) -> M | None:
    """The row whose unique `field` equals `value`, or None: `model.objects.filter(field=value).first()` without
    building the query each time (about 150–200 µs per call on the CI machine, against about 60–80 µs here).

    The statement is built once per model, field and columns, and run with `Manager.raw`, which converts values
    as the ORM does (aware datetimes, JSON, booleans). `only` names the columns to load; others are deferred.
    """
    connection = connections[router.db_for_read(model)]
    key = (connection.alias, model, field, tuple(only))
    key_field = cast("models.Field[Any, Any]", model._meta.get_field(field))
    sql = _statements.get(key)
    if sql is None:
        quote = connection.ops.quote_name
        wanted = [cast("models.Field[Any, Any]", model._meta.get_field(name)) for name in only] or list(
            model._meta.concrete_fields
        )
        columns = sorted({str(model._meta.pk.column), *(str(f.column) for f in wanted)})
        # Names come from the model and are quoted; the value is a parameter.
        sql = "SELECT {} FROM {} WHERE {} = %s".format(  # noqa: S608
            ", ".join(quote(column) for column in columns),
            quote(model._meta.db_table),
            quote(str(key_field.column)),
        )
        with _statements_lock:
            _statements[key] = sql
    parameter = key_field.get_db_prep_value(value, connection)
    return next(iter(model._default_manager.raw(sql, [parameter])), None)


_inserts: dict[tuple[str, type[models.Model]], tuple[str, list[models.Field[Any, Any]], bool]] = {}


def insert_instance(instance: M) -> M:
    """Store a new model instance as `instance.save(force_insert=True)` would, without building the statement each
    time (every report and every audit row is written so: about 100 µs saved on a report's forty columns).

    Each field prepares its own value (`pre_save`, so `auto_now_add` is set, then `get_db_prep_save`); the primary
    key comes back with RETURNING (or as the last insert id). A model someone listens to (`pre_save`/`post_save`
    receivers) or one with parents (multi-table inheritance) is simply saved, signals and all.
    """
    model = type(instance)
    meta = model._meta
    if meta.parents or signals.pre_save.has_listeners(model) or signals.post_save.has_listeners(model):
        instance.save(force_insert=True)
        return instance
    connection = connections[router.db_for_write(model)]
    key = (connection.alias, model)
    prepared = _inserts.get(key)
    if prepared is None:
        pk = meta.pk
        auto_pk = isinstance(pk, models.AutoField | models.BigAutoField | models.SmallAutoField)
        columns = [f for f in meta.concrete_fields if not (f is pk and auto_pk)]
        quote = connection.ops.quote_name
        # Table and column names come from the model and are quoted; every value is a parameter.
        sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
            quote(meta.db_table), ", ".join(quote(str(f.column)) for f in columns), ", ".join(["%s"] * len(columns))
        )
        returning = bool(auto_pk and connection.features.can_return_columns_from_insert)
        if returning:
            sql += f" RETURNING {quote(str(meta.pk.column))}"
        prepared = (sql, columns, auto_pk)
        with _statements_lock:
            _inserts[key] = prepared
    sql, columns, auto_pk = prepared
    params = [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in columns]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        if auto_pk:
            if connection.features.can_return_columns_from_insert:
                instance.pk = cursor.fetchone()[0]
            else:
                instance.pk = connection.ops.last_insert_id(cursor, meta.db_table, meta.pk.column)
    instance._state.adding = False
    instance._state.db = connection.alias
    return instance


def _constant(value: Any) -> Callable[[Mapping[str, Any]], Any]:
    return lambda _row: value


def _adapter(field: models.Field[Any, Any], connection: Any) -> Callable[[Mapping[str, Any]], Any]:
    name = field.attname
    if isinstance(field, models.DateTimeField):
        adapt = connection.ops.adapt_datetimefield_value
        return lambda row: None if row[name] is None else adapt(row[name])
    if isinstance(field, models.JSONField):
        return lambda row: field.get_db_prep_save(row[name], connection)
    return lambda row: row[name]
