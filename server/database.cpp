#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace insights::server {

namespace {

// Numbered migrations; each runs once, in its own transaction, and is never edited after it
// has shipped. "%AUTOKEY%" becomes the dialect's self-numbering key type.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        // 1: the schema version itself.
        {QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")},
        // 2: the whole model of api.md.
        {
            QStringLiteral("CREATE TABLE console_users (username TEXT PRIMARY KEY, "
                           "username_key TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, "
                           "role TEXT NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE access_tokens (token_hash TEXT PRIMARY KEY, "
                           "username TEXT NOT NULL, role TEXT NOT NULL, "
                           "expires_at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE customers (pk %AUTOKEY%, id TEXT NOT NULL UNIQUE, "
                "display_name TEXT NOT NULL, description TEXT NOT NULL, "
                "status TEXT NOT NULL, search_text TEXT NOT NULL, "
                "service_ids TEXT NOT NULL, deleted INTEGER NOT NULL, body TEXT NOT NULL, "
                "version BIGINT NOT NULL, created_at TEXT NOT NULL, "
                "created_by TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX customers_status ON customers (status)"),
            QStringLiteral("CREATE TABLE services (pk %AUTOKEY%, id TEXT NOT NULL UNIQUE, "
                           "customer_id TEXT NOT NULL, body TEXT NOT NULL, "
                           "deployment_status TEXT NOT NULL, status TEXT NOT NULL, "
                           "quick_start_token TEXT UNIQUE, name_key TEXT UNIQUE, "
                           "domain_key TEXT UNIQUE, short_name_key TEXT UNIQUE, "
                           "active_customer_id TEXT UNIQUE, version BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX services_customer ON services (customer_id)"),
            QStringLiteral("CREATE TABLE bot_registrations (service_id TEXT NOT NULL, "
                           "bot TEXT NOT NULL, app_id TEXT NOT NULL, "
                           "registered_at TEXT NOT NULL, PRIMARY KEY (service_id, bot))"),
            QStringLiteral("CREATE TABLE operations (pk %AUTOKEY%, id TEXT NOT NULL UNIQUE, "
                           "service_id TEXT NOT NULL, status TEXT NOT NULL, "
                           "body TEXT NOT NULL, version BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX operations_status ON operations (status)"),
            QStringLiteral("CREATE TABLE customer_operators (pk %AUTOKEY%, "
                           "id TEXT NOT NULL UNIQUE, customer_id TEXT NOT NULL, "
                           "name TEXT NOT NULL, email TEXT NOT NULL, email_key TEXT NOT NULL, "
                           "level TEXT NOT NULL, UNIQUE (customer_id, email_key))"),
            QStringLiteral("CREATE TABLE changes (seq %AUTOKEY%, kind TEXT NOT NULL, "
                           "object_id TEXT NOT NULL, deleted INTEGER NOT NULL, object TEXT)"),
            QStringLiteral("CREATE INDEX changes_object ON changes (kind, object_id)"),
            QStringLiteral("CREATE TABLE change_horizon (compacted_through BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO change_horizon (compacted_through) VALUES (0)"),
            QStringLiteral("CREATE TABLE audit (seq %AUTOKEY%, at TEXT NOT NULL, "
                           "actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, "
                           "result TEXT NOT NULL, detail TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_target ON audit (target)"),
            QStringLiteral("CREATE TABLE idempotency_keys (actor TEXT NOT NULL, "
                           "endpoint TEXT NOT NULL, idem_key TEXT NOT NULL, "
                           "request_hash TEXT NOT NULL, status INTEGER NOT NULL, "
                           "headers TEXT NOT NULL, body TEXT NOT NULL, "
                           "created_at BIGINT NOT NULL, PRIMARY KEY (actor, endpoint, idem_key))"),
        },
        // 3: operations are leased to the instance that runs them (api.md 1.1, several
        // instances): the owner renews the lease while it runs, another may take over after.
        {
            QStringLiteral("ALTER TABLE operations ADD COLUMN lease_owner TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN lease_until BIGINT NOT NULL "
                           "DEFAULT 0"),
            // Failed sign-ins, counted across instances (they were in each process's memory).
            QStringLiteral("CREATE TABLE login_failures (subject TEXT NOT NULL, "
                           "at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX login_failures_subject ON login_failures (subject, at)"),
        },
        // 4: the mail outbox (api.md 1.1, "Notification emails"): a mail is written here in the
        // transaction of the change that causes it, and a sender delivers it later. The
        // Message-ID is fixed when the mail is queued, so a resend after a crash reuses it.
        {
            QStringLiteral("CREATE TABLE outbox (pk %AUTOKEY%, id TEXT NOT NULL UNIQUE, "
                           "kind TEXT NOT NULL, service_id TEXT NOT NULL, "
                           "recipient TEXT NOT NULL, subject TEXT NOT NULL, "
                           "body_text TEXT NOT NULL, body_html TEXT NOT NULL, "
                           "message_id TEXT NOT NULL, status TEXT NOT NULL, "
                           "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL "
                           "DEFAULT '', created_at BIGINT NOT NULL, next_attempt_at BIGINT NOT "
                           "NULL, sent_at BIGINT NOT NULL DEFAULT 0, lease_owner TEXT NOT NULL "
                           "DEFAULT '', lease_until BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX outbox_due ON outbox (status, next_attempt_at)"),
            QStringLiteral("CREATE INDEX outbox_service ON outbox (service_id, pk)"),
        },
        // 5: storage locations of the customer's own (api.md 1.1, "Bring your own storage"),
        // each verified by a probe before it was written. The SAS is kept here, for the
        // recording platform, and never served.
        {
            QStringLiteral("CREATE TABLE byos_locations (pk %AUTOKEY%, id TEXT NOT NULL UNIQUE, "
                           "service_id TEXT NOT NULL, name TEXT NOT NULL, label_key TEXT NOT "
                           "NULL, account TEXT NOT NULL, container TEXT NOT NULL, url TEXT NOT "
                           "NULL, sas TEXT NOT NULL, expires_at BIGINT NOT NULL DEFAULT 0, "
                           "verified_at BIGINT NOT NULL, created_by TEXT NOT NULL, "
                           "UNIQUE (service_id, label_key))"),
        },
        // 6: bulk onboarding from CSV (api.md 1.1). The file is kept until the job ends, so
        // a job resumes after a kill; each row's outcome is written in the transaction that
        // created its customer and service, so nothing is created twice.
        {
            QStringLiteral("CREATE TABLE imports (pk %AUTOKEY%, id TEXT NOT NULL UNIQUE, "
                           "status TEXT NOT NULL, dry_run INTEGER NOT NULL, total INTEGER NOT "
                           "NULL, checked INTEGER NOT NULL DEFAULT 0, valid INTEGER NOT NULL "
                           "DEFAULT 0, invalid INTEGER NOT NULL DEFAULT 0, created INTEGER NOT "
                           "NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, csv TEXT NOT NULL, "
                           "created_by TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at "
                           "BIGINT NOT NULL, lease_owner TEXT NOT NULL DEFAULT '', lease_until "
                           "BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE import_rows (import_id TEXT NOT NULL, row_number "
                           "INTEGER NOT NULL, status TEXT NOT NULL, customer_name TEXT NOT NULL, "
                           "customer_id TEXT NOT NULL DEFAULT '', service_id TEXT NOT NULL "
                           "DEFAULT '', errors TEXT NOT NULL, PRIMARY KEY (import_id, "
                           "row_number))"),
        },
    };
    return list;
}

} // namespace

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

QString Database::autoIncrementKey() const
{
    return m_dialect == Dialect::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY")
                                        : QStringLiteral("BIGSERIAL PRIMARY KEY");
}

bool Database::reconnect()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_dialect != Dialect::Postgresql || now - m_lastReconnectMs < 500)
        return false;
    m_lastReconnectMs = now;
    QSqlDatabase db = connection();
    db.close();
    QString error;
    return db.open() && (!m_reader || readOnly(&error)); // a reader stays one
}

QString Database::forUpdate() const
{
    return m_dialect == Dialect::Postgresql ? QStringLiteral(" FOR UPDATE") : QString();
}

QString Database::forUpdateSkipLocked() const
{
    return m_dialect == Dialect::Postgresql ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
}

QVariant Database::bindable(const QVariant &value) const
{
    if (value.typeId() == QMetaType::QString) {
        QString text = value.toString();
        if (text.isNull())
            return QStringLiteral("");
        if (m_dialect == Dialect::Postgresql && text.contains(QChar(0)))
            return text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
        return value;
    }
    if (m_dialect == Dialect::Postgresql && value.typeId() == QMetaType::QByteArray)
        return bindable(QString::fromUtf8(value.toByteArray()));
    return value;
}

QString Database::redacted(const QString &url)
{
    if (!url.startsWith(QLatin1String("postgresql://")))
        return url;
    QUrl u(url);
    if (!u.isValid())
        return QStringLiteral("postgresql://…");
    if (!u.password().isEmpty())
        u.setPassword(QStringLiteral("***"));
    return u.toString();
}

bool Database::open(const QString &url, QString *error, const QString &passwordFile)
{
    m_connectionName = QStringLiteral("insights-server-") + QUuid::createUuid().toString();
    if (url.startsWith(QLatin1String("postgresql://")))
        return openPostgresql(url, passwordFile, error) && migrate(error);
    if (!url.startsWith(QLatin1String("sqlite:"))) {
        *error = QStringLiteral("the database is sqlite:PATH or a postgresql:// URL");
        return false;
    }
    m_dialect = Dialect::Sqlite;
    const QString path = url.mid(7);
    if (path.isEmpty()) {
        *error = QStringLiteral("sqlite: needs a file path");
        return false;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    // One instance per SQLite file: its runner leases operations to itself alone, and a
    // second writer would only wait on the file's lock. Several instances need PostgreSQL.
    m_inMemory = path == QLatin1String(":memory:");
    if (!m_inMemory) {
        m_lock = std::make_unique<QLockFile>(info.absoluteFilePath() + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // only a live process holds it
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            *error = m_lock->error() == QLockFile::LockFailedError
                         ? QStringLiteral("another insights-server (process %1) uses this SQLite "
                                          "file; run one instance per file, or several on "
                                          "PostgreSQL")
                               .arg(pid)
                         : QStringLiteral("cannot create the lock file %1").arg(m_lock->fileName());
            m_lock.reset();
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // WAL lets readers go on while a change commits; FULL sync makes a commit survive power
    // loss, not only a crash of the process.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return migrate(error);
}

bool Database::openReader(const Database &primary, QString *error)
{
    m_dialect = primary.m_dialect;
    m_connectionName = QStringLiteral("insights-reader-") + QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::cloneDatabase(primary.m_connectionName, m_connectionName);
    m_reader = true;
    if (!db.open()) {
        *error = db.lastError().text().trimmed();
        return false;
    }
    return readOnly(error);
}

bool Database::readOnly(QString *error)
{
    const QStringList settings =
        m_dialect == Dialect::Sqlite
            ? QStringList{QStringLiteral("PRAGMA query_only=ON"),
                          QStringLiteral("PRAGMA foreign_keys=ON")}
            : QStringList{QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")};
    QSqlQuery q(connection());
    for (const QString &statement : settings) {
        if (!q.exec(statement)) {
            *error = q.lastError().text().trimmed();
            return false;
        }
    }
    return true;
}

bool Database::openPostgresql(const QString &url, const QString &passwordFile, QString *error)
{
    m_dialect = Dialect::Postgresql;
    const QUrl u(url, QUrl::StrictMode);
    const QString name = u.path().mid(1);
    if (!u.isValid() || u.host().isEmpty() || name.isEmpty() || name.contains(u'/')) {
        *error = QStringLiteral("expected postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("Qt's PostgreSQL driver is missing (Debian: libqt6sql6-psql)");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setDatabaseName(name);
    db.setUserName(u.userName());
    QString password = u.password();
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the password file %1: %2")
                         .arg(passwordFile, file.errorString());
            return false;
        }
        password = QString::fromUtf8(file.readAll()).section(u'\n', 0, 0).trimmed();
    }
    // Without a password libpq looks in PGPASSFILE (or ~/.pgpass) by itself.
    if (!password.isEmpty())
        db.setPassword(password);
    // Query items are libpq's own options: ?sslmode=verify-full&connect_timeout=5
    // Notices ("relation already exists, skipping") are no news in the server's log.
    QStringList options{QStringLiteral("application_name=insights-server"),
                        QStringLiteral("options='-c client_min_messages=warning'")};
    const QUrlQuery query(u);
    bool timeout = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        options << key + u'=' + value;
        timeout = timeout || key == QLatin1String("connect_timeout");
    }
    if (!timeout)
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        *error = db.lastError().text().trimmed();
        if (!password.isEmpty())
            error->replace(password, QStringLiteral("***"));
        return false;
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // Instances that start together on one PostgreSQL database take turns: the first migrates,
    // the others wait here and then find nothing left to do.
    if (m_dialect == Dialect::Postgresql &&
        !q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(migrationLockKey))) {
        *error = q.lastError().text();
        return false;
    }
    const bool ok = migrateLocked(error);
    if (m_dialect == Dialect::Postgresql)
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(migrationLockKey));
    return ok;
}

bool Database::migrateLocked(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(migrations().constFirst().constFirst())) {
        *error = q.lastError().text();
        return false;
    }
    for (int version = schemaVersion() + 1; version <= latestSchemaVersion(); ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        for (QString statement : migrations().at(version - 1)) {
            statement.replace(QStringLiteral("%AUTOKEY%"), autoIncrementKey());
            if (!q.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2")
                             .arg(version)
                             .arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        q.addBindValue(version);
        if (!q.exec() || !db.commit()) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace insights::server
