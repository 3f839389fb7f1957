#include "database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
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

bool Database::open(const QString &url, QString *error)
{
    if (!url.startsWith(QLatin1String("sqlite:"))) {
        *error = QStringLiteral("only sqlite:PATH databases are supported by this build");
        return false;
    }
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
    m_connectionName = QStringLiteral("insights-server-") + QUuid::createUuid().toString();
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
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return migrate(error);
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
