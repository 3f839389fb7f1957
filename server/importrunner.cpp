#include "importrunner.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcImports, "insights.imports")

namespace insights::server {

namespace {

QJsonArray errorsJson(const ImportRowCheck &c)
{
    QJsonArray out;
    for (const FieldError &e : c.errors)
        out << QJsonObject{{QStringLiteral("field"), e.field},
                           {QStringLiteral("code"), e.code},
                           {QStringLiteral("message"), e.message},
                           {QStringLiteral("value"), c.values.value(e.field.section(u'[', 0, 0))}};
    return out;
}

} // namespace

ImportRunner::ImportRunner(Store &store, const QString &instanceId, int leaseMs, int pauseMs,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_instanceId(instanceId)
    , m_leaseMs(leaseMs)
    , m_pauseMs(pauseMs)
    , m_heartbeat(new QTimer(this))
{
    m_heartbeat->setInterval(qMax(100, leaseMs / 3));
    connect(m_heartbeat, &QTimer::timeout, this, &ImportRunner::scan);
}

void ImportRunner::kick()
{
    QTimer::singleShot(0, this, &ImportRunner::scan);
}

void ImportRunner::start()
{
    m_heartbeat->start();
    kick();
}

void ImportRunner::scan()
{
    QStringList ids;
    try {
        ids = m_store.imports().claimable(m_instanceId, QDateTime::currentMSecsSinceEpoch());
    } catch (const std::exception &e) {
        qCWarning(lcImports) << "cannot look for imports:" << e.what();
        return;
    }
    for (const QString &id : std::as_const(ids)) {
        if (m_scheduled.contains(id))
            continue;
        m_scheduled.insert(id);
        QTimer::singleShot(0, this, [this, id] { advance(id); });
    }
}

std::shared_ptr<ImportRunner::Parsed> ImportRunner::parsed(const QString &id, QString *error)
{
    if (auto cached = m_parsed.value(id))
        return cached;
    // After a restart, or on another instance: the file is read again from the database.
    CsvTable table = readCsv(m_store.imports().csvOf(id).toUtf8(), maxRows + 1);
    if (!table.error.isEmpty() || table.records.isEmpty()) {
        *error = table.error.isEmpty() ? QStringLiteral("the file is gone") : table.error;
        return {};
    }
    const QStringList header = table.records.takeFirst().cells;
    auto columns = ImportColumns::fromHeader(header, error);
    if (!columns)
        return {};
    auto p = std::make_shared<Parsed>(Parsed{*columns, std::move(table.records), {}, {}});
    for (qsizetype i = 0; i < p->records.size(); ++i)
        p->byRow.insert(p->records.at(i).row, i);
    p->checker =
        std::make_unique<ImportChecker>(p->columns, p->records, m_store.services().keysInUse());
    m_parsed.insert(id, p);
    return p;
}

void ImportRunner::advance(const QString &id)
{
    m_scheduled.remove(id);
    bool more = false;
    bool failedNow = false;
    try {
        Store::Transaction tx(m_store);
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        if (!m_store.imports().holdLease(id, m_instanceId, nowMs, nowMs + m_leaseMs))
            return; // finished, or another instance runs it
        std::optional<ImportRecord> record = m_store.imports().find(id);
        if (!record)
            return;
        QString error;
        const std::shared_ptr<Parsed> p = parsed(id, &error);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!p) {
            record->status = QStringLiteral("Failed");
            qCWarning(lcImports).noquote() << id << "failed:" << error;
        } else if (record->status == QLatin1String("Validating")) {
            more = check(*record, *p);
        } else {
            more = create(*record, *p, now);
        }
        record->updatedAt = now;
        m_store.imports().update(*record);
        tx.commit();
        if (!more) {
            m_parsed.remove(id);
            emit finished(id);
        }
    } catch (const std::exception &e) {
        qCCritical(lcImports) << "import" << id << "could not advance:" << e.what();
        more = true;
        failedNow = true;
        m_parsed.remove(id); // the names in use are read again
    }
    if (more) {
        m_scheduled.insert(id);
        QTimer::singleShot(failedNow ? qMax(m_pauseMs, 1000) : m_pauseMs, this,
                           [this, id] { advance(id); });
    }
}

bool ImportRunner::check(ImportRecord &r, Parsed &p)
{
    QList<ImportRowRecord> rows;
    const int end = qMin<int>(r.checked + checkBatch, int(p.records.size()));
    for (int i = r.checked; i < end; ++i) {
        const CsvRecord &record = p.records.at(i);
        const ImportRowCheck c = p.checker->check(record);
        const bool valid = c.errors.isEmpty();
        rows << ImportRowRecord{
            record.row, valid ? QStringLiteral("Valid") : QStringLiteral("Invalid"),
            c.customer, {},
            {},         errorsJson(c)};
        ++(valid ? r.valid : r.invalid);
    }
    m_store.imports().insertRows(r.id, rows);
    r.checked = end;
    if (r.checked < r.total)
        return true;
    if (r.dryRun || r.valid == 0) {
        r.status =
            r.invalid == 0 ? QStringLiteral("Succeeded") : QStringLiteral("CompletedWithErrors");
        return false;
    }
    r.status = QStringLiteral("Running");
    return true;
}

bool ImportRunner::create(ImportRecord &r, Parsed &p, const QDateTime &now)
{
    const QList<ImportRowRecord> rows =
        m_store.imports().rows(r.id, QStringLiteral("Valid"), createBatch);
    for (ImportRowRecord row : rows) {
        const auto at = p.byRow.constFind(row.row);
        const ImportRowCheck c = p.checker->check(p.records.at(at.value()));
        // The names may have been taken since the file was checked.
        QJsonArray taken;
        const TenantSettings &t = c.draft.settings.tenant;
        for (const auto &[key, member, value] :
             {std::tuple{ServiceStore::Key::Name, QStringLiteral("name"), t.name},
              std::tuple{ServiceStore::Key::Domain, QStringLiteral("domain"), t.domain},
              std::tuple{ServiceStore::Key::ShortName, QStringLiteral("shortName"), t.shortName}}) {
            if (!m_store.services().idUsing(key, value).isEmpty())
                taken << QJsonObject{
                    {QStringLiteral("field"), member},
                    {QStringLiteral("code"), QStringLiteral("in-use")},
                    {QStringLiteral("message"),
                     QStringLiteral("“%1” was taken by another service after the check")
                         .arg(value)},
                    {QStringLiteral("value"), value}};
        }
        if (!taken.isEmpty()) {
            row.status = QStringLiteral("Failed");
            row.errors = taken;
            ++r.failed;
        } else {
            const auto [customerId, serviceId] =
                m_create(m_store.customers().withoutServiceNamed(c.customer), c.customer, c.draft,
                         r.createdBy, now);
            row.status = QStringLiteral("Created");
            row.customerId = customerId;
            row.serviceId = serviceId;
            ++r.created;
        }
        m_store.imports().updateRow(r.id, row);
    }
    if (rows.size() == createBatch)
        return true;
    r.status = r.invalid + r.failed == 0 ? QStringLiteral("Succeeded")
                                         : QStringLiteral("CompletedWithErrors");
    return false;
}

} // namespace insights::server
