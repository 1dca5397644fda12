// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serveradmin.h"

#include "core/error.h"
#include "storage/postgresdialect.h"
#include "storage/schema.h"
#include "storage/serverconnection.h"
#include "storage/tablecopy.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>
#include <span>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::ServerAdmin", text, comment, n);
}

// The server layer, version 1. Runs as the database owner inside init()'s transaction, after the
// workspace tables exist. `role_name(kind)` prefixes role names with the database name, so that
// several workspaces on one server keep separate users and privileges.
const char *const serverLayer1[] = {
    R"(CREATE TABLE plenipo.member (
        login TEXT PRIMARY KEY,
        delegation TEXT NOT NULL,
        capability TEXT NOT NULL CHECK (capability IN ('viewer', 'editor', 'coordinator'))))",
    R"(CREATE FUNCTION plenipo.role_name(kind TEXT) RETURNS TEXT LANGUAGE sql STABLE
        SET search_path = pg_catalog AS $$ SELECT current_database() || '_' || kind $$)",
    R"(CREATE FUNCTION plenipo.current_delegation() RETURNS TEXT LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, plenipo AS
        $$ SELECT delegation FROM plenipo.member WHERE login = session_user::text $$)",
    R"(CREATE FUNCTION plenipo.is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog AS
        $$ SELECT session_user::text = (SELECT r.rolname::text FROM pg_namespace n
              JOIN pg_roles r ON r.oid = n.nspowner WHERE n.nspname = 'plenipo') $$)",
    // Who wrote a position's details or history: always taken from the session, never from
    // what the client sends (the owner uploading a file may name the delegation).
    "ALTER TABLE plenipo.position_detail ADD COLUMN delegation TEXT",
    "ALTER TABLE plenipo.position_history ADD COLUMN delegation TEXT",
    R"(CREATE FUNCTION plenipo.set_delegation() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, plenipo AS $$
        DECLARE d TEXT := plenipo.current_delegation();
        BEGIN
            IF d IS NOT NULL THEN
                NEW.delegation := d;
            ELSIF NOT plenipo.is_owner() THEN
                RAISE EXCEPTION 'the login % belongs to no delegation of this workspace', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.internal <> 0 AND NEW.delegation IS NULL THEN
                RAISE EXCEPTION 'internal material needs the delegation it belongs to'
                    USING ERRCODE = 'not_null_violation';
            END IF;
            RETURN NEW;
        END $$)",
    R"(CREATE TRIGGER position_detail_delegation BEFORE INSERT OR UPDATE ON plenipo.position_detail
        FOR EACH ROW EXECUTE FUNCTION plenipo.set_delegation())",
    R"(CREATE TRIGGER position_history_delegation BEFORE INSERT OR UPDATE ON plenipo.position_history
        FOR EACH ROW EXECUTE FUNCTION plenipo.set_delegation())",
    // Row-level security: internal material only for its own delegation. The table owner is not
    // subject to it (it administers the workspace); every login is.
    "ALTER TABLE plenipo.position_detail ENABLE ROW LEVEL SECURITY",
    R"(CREATE POLICY own_or_shared ON plenipo.position_detail
        USING (internal = 0 OR delegation = plenipo.current_delegation())
        WITH CHECK (internal = 0 OR delegation = plenipo.current_delegation()))",
    "ALTER TABLE plenipo.position_history ENABLE ROW LEVEL SECURITY",
    R"(CREATE POLICY own_or_shared ON plenipo.position_history
        USING (internal = 0 OR delegation = plenipo.current_delegation())
        WITH CHECK (internal = 0 OR delegation = plenipo.current_delegation()))",
    // A position's stance is internal when its details are: a position shows only with details
    // the session may see (the policy's subquery is itself under position_detail's policy).
    "ALTER TABLE plenipo.position ENABLE ROW LEVEL SECURITY",
    R"(CREATE POLICY own_or_shared ON plenipo.position
        USING (EXISTS (SELECT 1 FROM plenipo.position_detail d WHERE d.id = detail_id))
        WITH CHECK (EXISTS (SELECT 1 FROM plenipo.position_detail d WHERE d.id = detail_id)))",
    // The audit trail.
    R"(CREATE TABLE plenipo.audit_log (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
        who TEXT NOT NULL,
        delegation TEXT,
        table_name TEXT NOT NULL,
        operation TEXT NOT NULL,
        old_row JSONB,
        new_row JSONB,
        internal BOOLEAN NOT NULL))",
    R"(CREATE FUNCTION plenipo.audit_row() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, plenipo AS $$
        DECLARE
            o JSONB;
            n JSONB;
            hidden BOOLEAN := false;
            d TEXT;
            found_details INTEGER;
        BEGIN
            IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
            IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
            IF TG_TABLE_NAME IN ('position_detail', 'position_history') THEN
                hidden := coalesce((o->>'internal')::int, 0) <> 0 OR coalesce((n->>'internal')::int, 0) <> 0;
                d := coalesce(n->>'delegation', o->>'delegation');
            ELSIF TG_TABLE_NAME = 'position' THEN
                SELECT count(*), coalesce(bool_or(pd.internal <> 0), false),
                       max(pd.delegation) FILTER (WHERE pd.internal <> 0)
                  INTO found_details, hidden, d
                  FROM plenipo.position_detail pd
                 WHERE pd.id IN ((o->>'detail_id')::bigint, (n->>'detail_id')::bigint);
                -- Details already gone: fail closed, the row is for the writer's delegation only.
                IF found_details = 0 THEN hidden := true; END IF;
            END IF;
            INSERT INTO plenipo.audit_log (who, delegation, table_name, operation, old_row, new_row, internal)
            VALUES (session_user::text, coalesce(d, plenipo.current_delegation()), TG_TABLE_NAME,
                    TG_OP, o, n, hidden);
            RETURN NULL;
        END $$)",
    R"(CREATE FUNCTION plenipo.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit trail cannot be changed' USING ERRCODE = 'insufficient_privilege';
        END $$)",
    R"(CREATE TRIGGER append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON plenipo.audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION plenipo.audit_log_append_only())",
    // Rows come from audit_row() only: a direct INSERT (the owner's; users have no privilege)
    // runs this trigger at depth 1, one from audit_row() at depth 2.
    R"(CREATE FUNCTION plenipo.audit_log_from_triggers() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF pg_trigger_depth() < 2 THEN
                RAISE EXCEPTION 'the audit trail is written by the server''s triggers only'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$)",
    R"(CREATE TRIGGER from_triggers BEFORE INSERT ON plenipo.audit_log
        FOR EACH ROW EXECUTE FUNCTION plenipo.audit_log_from_triggers())",
    "ALTER TABLE plenipo.audit_log ENABLE ROW LEVEL SECURITY",
    R"(CREATE POLICY own_or_shared ON plenipo.audit_log
        USING (NOT internal OR delegation = plenipo.current_delegation()))",
    // User management, run with the owner's rights after the server checked the caller.
    R"(CREATE FUNCTION plenipo.check_manager(p_delegation TEXT, p_login TEXT) RETURNS void
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, plenipo AS $$
        DECLARE caller plenipo.member;
        BEGIN
            IF plenipo.is_owner() THEN RETURN; END IF;
            SELECT * INTO caller FROM plenipo.member WHERE login = session_user::text;
            IF caller.capability IS DISTINCT FROM 'coordinator' OR caller.delegation IS DISTINCT FROM p_delegation THEN
                RAISE EXCEPTION 'only the owner or a coordinator of delegation % may manage its users', p_delegation
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (SELECT 1 FROM plenipo.member WHERE login = p_login AND delegation <> p_delegation) THEN
                RAISE EXCEPTION 'the login % belongs to another delegation', p_login
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END $$)",
    R"(CREATE FUNCTION plenipo.add_user(p_login TEXT, p_verifier TEXT, p_delegation TEXT, p_capability TEXT)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, plenipo AS $$
        DECLARE k TEXT;
        BEGIN
            IF p_capability NOT IN ('viewer', 'editor', 'coordinator') THEN
                RAISE EXCEPTION 'unknown role "%": viewer, editor or coordinator', p_capability;
            END IF;
            IF p_delegation !~ '^[A-Za-z0-9_-]{1,24}$' THEN
                RAISE EXCEPTION 'invalid delegation code "%"', p_delegation;
            END IF;
            IF p_login !~ '^[a-z_][a-z0-9_.-]{0,40}$' THEN
                RAISE EXCEPTION 'invalid login name "%": lower-case letters, digits, _ . -', p_login;
            END IF;
            PERFORM plenipo.check_manager(upper(p_delegation), p_login);
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
                IF coalesce(p_verifier, '') = '' THEN
                    RAISE EXCEPTION 'a new login needs a password';
                END IF;
                EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
            ELSIF coalesce(p_verifier, '') <> '' THEN
                EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
            END IF;
            k := plenipo.role_name('del_' || lower(p_delegation));
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = k) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', k);
            END IF;
            FOR k IN SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                      WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = p_login)
                        AND r.rolname LIKE current_database() || '\_%' LOOP
                EXECUTE format('REVOKE %I FROM %I', k, p_login);
            END LOOP;
            EXECUTE format('GRANT %I TO %I', plenipo.role_name('del_' || lower(p_delegation)), p_login);
            EXECUTE format('GRANT %I TO %I', plenipo.role_name(p_capability), p_login);
            INSERT INTO plenipo.member (login, delegation, capability)
            VALUES (p_login, upper(p_delegation), p_capability)
            ON CONFLICT (login) DO UPDATE SET delegation = EXCLUDED.delegation, capability = EXCLUDED.capability;
        END $$)",
    R"(CREATE FUNCTION plenipo.remove_user(p_login TEXT) RETURNS void LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, plenipo AS $$
        DECLARE k TEXT; d TEXT;
        BEGIN
            SELECT delegation INTO d FROM plenipo.member WHERE login = p_login;
            IF d IS NULL THEN
                RAISE EXCEPTION 'no user % in this workspace', p_login USING ERRCODE = 'undefined_object';
            END IF;
            PERFORM plenipo.check_manager(d, p_login);
            FOR k IN SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                      WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = p_login)
                        AND r.rolname LIKE current_database() || '\_%' LOOP
                EXECUTE format('REVOKE %I FROM %I', k, p_login);
            END LOOP;
            DELETE FROM plenipo.member WHERE login = p_login;
            -- The login itself goes when no other workspace on this server uses it.
            IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                            WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = p_login)) THEN
                BEGIN
                    EXECUTE format('DROP ROLE %I', p_login);
                EXCEPTION WHEN OTHERS THEN
                    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
                END;
            END IF;
        END $$)",
    "REVOKE ALL ON FUNCTION plenipo.add_user(TEXT, TEXT, TEXT, TEXT) FROM PUBLIC",
    "REVOKE ALL ON FUNCTION plenipo.remove_user(TEXT) FROM PUBLIC",
    "REVOKE ALL ON FUNCTION plenipo.check_manager(TEXT, TEXT) FROM PUBLIC",
    R"(CREATE TABLE plenipo.server_layer (version INTEGER NOT NULL))",
};

// The server layer, version 2: live updates. Every shareable change (an audit row that is not
// internal) announces itself on the channel plenipo_change with an empty payload: a listener
// learns that something it may read changed and reads what through row-level security. Internal
// changes announce nothing (any login may LISTEN on any channel). Notifications are sent at
// commit, one per transaction.
const char *const serverLayer2[] = {
    R"(CREATE FUNCTION plenipo.announce_change() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog AS $$
        BEGIN
            IF NOT NEW.internal THEN
                PERFORM pg_notify('plenipo_change', '');
            END IF;
            RETURN NULL;
        END $$)",
    R"(CREATE TRIGGER announce AFTER INSERT ON plenipo.audit_log
        FOR EACH ROW EXECUTE FUNCTION plenipo.announce_change())",
};

// The server layers in order: layer N is applied once, to a server at N - 1.
const std::span<const char *const> serverLayers[] = {serverLayer1, serverLayer2};

// Run at every init (after the migrations, which may have added tables): roles, privileges and
// audit triggers for every table there is now. Idempotent.
const char *const privileges = R"(
DO $$
DECLARE
    k TEXT;
    t TEXT;
    viewer TEXT := plenipo.role_name('viewer');
    editor TEXT := plenipo.role_name('editor');
    coordinator TEXT := plenipo.role_name('coordinator');
BEGIN
    FOREACH k IN ARRAY ARRAY[viewer, editor, coordinator] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = k) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', k);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', viewer, editor);
    EXECUTE format('GRANT %I TO %I', editor, coordinator);
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), viewer);
    EXECUTE format('REVOKE ALL ON SCHEMA plenipo FROM PUBLIC');
    EXECUTE format('GRANT USAGE ON SCHEMA plenipo TO %I', viewer);
    EXECUTE format('GRANT EXECUTE ON FUNCTION plenipo.add_user(TEXT, TEXT, TEXT, TEXT) TO %I', coordinator);
    EXECUTE format('GRANT EXECUTE ON FUNCTION plenipo.remove_user(TEXT) TO %I', coordinator);
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'plenipo' LOOP
        EXECUTE format('REVOKE ALL ON plenipo.%I FROM PUBLIC, %I, %I, %I', t, viewer, editor, coordinator);
        IF t NOT IN ('audit_log', 'stance_vector', 'schema_version', 'server_layer') THEN
            EXECUTE format('CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON plenipo.%I '
                           'FOR EACH ROW EXECUTE FUNCTION plenipo.audit_row()', t);
        END IF;
        -- Stance vectors hold every state's stance on a clause in one value, internal ones too:
        -- the owner's alone. Clients read stances through the position rows.
        CONTINUE WHEN t IN ('stance_vector');
        EXECUTE format('GRANT SELECT ON plenipo.%I TO %I', t, viewer);
        CONTINUE WHEN t IN ('audit_log', 'member', 'schema_version', 'server_layer');
        IF t IN ('position', 'position_detail', 'position_history', 'clause_revision') THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON plenipo.%I TO %I', t, editor);
        ELSIF t = 'clause' THEN
            EXECUTE format('GRANT UPDATE (text) ON plenipo.%I TO %I', t, editor);
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON plenipo.%I TO %I', t, coordinator);
        ELSIF t <> 'state' AND t <> 'state_alias' THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON plenipo.%I TO %I', t, coordinator);
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA plenipo TO %I', editor);
END $$)";

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    // The server's own message (RAISE EXCEPTION texts, permission denied...) says it best.
    return TableCopy::run(
        db, sql, values, QCoreApplication::translate("Plenipo::ServerAdmin", "the server refused"));
}

int serverLayerVersionOf(QSqlDatabase &db)
{
    QSqlQuery q = run(db, u"SELECT to_regclass('plenipo.server_layer') IS NOT NULL"_s);
    if (!q.next() || !q.value(0).toBool())
        return 0;
    q = run(db, u"SELECT coalesce(max(version), 0) FROM plenipo.server_layer"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

ServerAdmin::ServerAdmin(ServerConnection &connection)
    : m_db(connection.db())
{}

int ServerAdmin::serverLayerVersion()
{
    return int(std::size(serverLayers));
}

bool ServerAdmin::isInitialised()
{
    return installedLayerVersion() >= 1;
}

int ServerAdmin::installedLayerVersion()
{
    return serverLayerVersionOf(m_db);
}

void ServerAdmin::init()
{
    {
        QSqlQuery q = run(m_db, u"SELECT length(current_database())"_s);
        if (q.next() && q.value(0).toInt() > 40)
            throw Error(
                Error::Kind::Invalid,
                tr("the database name is too long for team mode (40 characters at most): its roles "
                   "are named after it"));
    }
    const PostgresDialect dialect;
    Transaction t(m_db);
    run(m_db, u"CREATE SCHEMA IF NOT EXISTS plenipo"_s);
    dialect.configureForWriting(m_db);
    if (dialect.schemaVersion(m_db) > Schema::currentVersion())
        throw Error(
            Error::Kind::NewerVersion,
            tr("the server workspace was made by a newer Plenipo (schema %1, this one knows %2)")
                .arg(dialect.schemaVersion(m_db))
                .arg(Schema::currentVersion()));
    // Each migration runs in a savepoint-free nested use of the same transaction: the whole
    // init commits or nothing does.
    for (int v = dialect.schemaVersion(m_db) + 1; v <= Schema::currentVersion(); ++v) {
        for (const QString &sql : Schema::migration(v, dialect))
            run(m_db, sql);
        dialect.setSchemaVersion(m_db, v);
    }
    if (!dialect.hasWorkspaceMark(m_db))
        dialect.markAsWorkspace(m_db);
    const int layer = serverLayerVersionOf(m_db);
    if (layer > serverLayerVersion())
        throw Error(Error::Kind::NewerVersion,
                    tr("the server's roles and policies were made by a newer Plenipo (version %1)")
                        .arg(layer));
    for (int version = layer + 1; version <= serverLayerVersion(); ++version) {
        for (const char *sql : serverLayers[version - 1])
            run(m_db, QString::fromUtf8(sql));
        run(m_db, u"INSERT INTO plenipo.server_layer (version) VALUES (?)"_s, {version});
    }
    run(m_db, QString::fromUtf8(privileges));
    t.commit();
}

void ServerAdmin::addUser(const QString &login, const QString &password, const QString &delegation,
                          Capability capability)
{
    const QString verifier = password.isEmpty() ? QString() : scramVerifier(password);
    Transaction t(m_db);
    run(m_db, u"SELECT plenipo.add_user(?, ?, ?, ?)"_s,
        {login, verifier, delegation, capabilityName(capability)});
    t.commit();
}

void ServerAdmin::removeUser(const QString &login)
{
    Transaction t(m_db);
    run(m_db, u"SELECT plenipo.remove_user(?)"_s, {login});
    t.commit();
}

QList<ServerAdmin::Member> ServerAdmin::users()
{
    QList<Member> out;
    QSqlQuery q = run(
        m_db,
        u"SELECT login, delegation, capability FROM plenipo.member ORDER BY delegation, login"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(),
                    capabilityFromName(q.value(2).toString())});
    return out;
}

QString ServerAdmin::capabilityName(Capability c)
{
    switch (c) {
    case Capability::Viewer:
        return u"viewer"_s;
    case Capability::Editor:
        return u"editor"_s;
    case Capability::Coordinator:
        return u"coordinator"_s;
    }
    return {};
}

ServerAdmin::Capability ServerAdmin::capabilityFromName(const QString &name)
{
    for (Capability c : {Capability::Viewer, Capability::Editor, Capability::Coordinator})
        if (capabilityName(c) == name)
            return c;
    throw Error(Error::Kind::Invalid,
                tr("unknown role \"%1\": viewer, editor or coordinator").arg(name));
}

QString ServerAdmin::scramVerifier(const QString &password, const QByteArray &givenSalt,
                                   int iterations)
{
    QByteArray salt = givenSalt;
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    }
    // SASLprep (RFC 4013) is approximated by NFKC normalisation, which is what it amounts to for
    // the passwords people type; PostgreSQL applies the same to valid UTF-8.
    const QByteArray pw = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pw, salt, iterations, 32);
    const QByteArray clientKey =
        QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey =
        QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace Plenipo
