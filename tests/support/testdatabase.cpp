#include "testdatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace insights::test {

namespace {

QString clusterUrl()
{
    QFile file(qEnvironmentVariable("INSIGHTS_TEST_POSTGRES_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("INSIGHTS_TEST_POSTGRES_FILE: cannot read %s (is the postgres_start fixture run?)",
               qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

QSqlDatabase open(const QString &url, const QString &connectionName)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setDatabaseName(u.path().mid(1));
    if (!db.open())
        qFatal("cannot connect to %s: %s", qPrintable(url), qPrintable(db.lastError().text()));
    return db;
}

// CREATE and DROP DATABASE cannot run in a transaction: one short-lived connection each.
void maintenance(const QString &statement)
{
    const QString name = QStringLiteral("maintenance-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = open(clusterUrl() + QStringLiteral("postgres"), name);
        QSqlQuery q(db);
        if (!q.exec(statement))
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool TestDatabase::onPostgresql()
{
    return qEnvironmentVariableIsSet("INSIGHTS_TEST_POSTGRES_FILE");
}

TestDatabase::TestDatabase(const QString &sqlitePath)
    : m_sqlitePath(sqlitePath)
{
    if (!onPostgresql()) {
        m_url = QStringLiteral("sqlite:") + sqlitePath;
        return;
    }
    m_name = QStringLiteral("insights_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    maintenance(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    m_url = clusterUrl() + m_name;
}

TestDatabase::~TestDatabase()
{
    if (!m_name.isEmpty())
        maintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QSqlDatabase TestDatabase::connect(const QString &connectionName) const
{
    if (!m_name.isEmpty())
        return open(m_url, connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_sqlitePath);
    if (!db.open())
        qFatal("cannot open %s: %s", qPrintable(m_sqlitePath), qPrintable(db.lastError().text()));
    return db;
}

} // namespace insights::test
