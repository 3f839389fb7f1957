#include "customerdetailsview.h"

#include "lifecycle.h"
#include "localcache.h"
#include "serviceapi.h"
#include "statustext.h"
#include "storageapi.h"
#include "storagelocations.h"
#include "workspace.h"

#include <QLocale>
#include <QPointer>
#include <QTextDocument>

namespace insights {

namespace {

QString stepMark(OperationStatus status)
{
    switch (status) {
    case OperationStatus::Succeeded:
        return QStringLiteral("✓");
    case OperationStatus::Failed:
        return QStringLiteral("✗");
    case OperationStatus::Running:
        return QStringLiteral("…");
    case OperationStatus::Skipped:
        return QStringLiteral("–");
    default:
        return QStringLiteral("○"); // not started yet
    }
}

QString when(const QDateTime &t)
{
    // The tables' format, so a date reads the same everywhere in the window.
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// ": no mail server is configured (tried 3 times)", or nothing before a reason is known.
QString pendingReason(const OutboxMail &m)
{
    if (m.lastError.isEmpty())
        return {};
    const QString why = m.lastError.toHtmlEscaped();
    if (m.attempts == 0)
        return CustomerDetailsView::tr(": %1").arg(why);
    if (m.attempts == 1)
        return CustomerDetailsView::tr(": %1 (tried once)").arg(why);
    return CustomerDetailsView::tr(": %1 (tried %2 times)").arg(why, QString::number(m.attempts));
}

} // namespace

CustomerDetailsView::CustomerDetailsView(Workspace *workspace, QWidget *parent)
    : QTextBrowser(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("customerDetails"));
    setAccessibleName(tr("Customer details"));
    setOpenExternalLinks(true);
    // The lists' marks (✓ ✗ …) are their bullets: a small indent is enough.
    document()->setIndentWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    m_mailPoll.setSingleShot(true);
    m_mailPoll.setInterval(3000);
    connect(&m_mailPoll, &QTimer::timeout, this, &CustomerDetailsView::reloadMails);
    showCustomer({});
}

void CustomerDetailsView::showCustomer(const QString &customerId)
{
    if (customerId != m_customerId) {
        m_byosService.clear();
        m_byos.clear();
        m_byosLoaded = false;
        m_mailsService.clear();
        m_mails.clear();
        m_mailsLoaded = false;
        m_mailPoll.stop();
        m_description.clear();
    }
    const bool another = customerId != m_customerId;
    m_customerId = customerId;
    if (another)
        reloadDescription();
    refresh();
}

void CustomerDetailsView::reloadDescription()
{
    LocalCache *cache = m_workspace->cache();
    if (m_customerId.isEmpty() || !cache)
        return;
    // The table keeps no descriptions (a million rows of them): the selected one is read from
    // the cache, as its service is.
    const QString id = m_customerId;
    QPointer<CustomerDetailsView> alive(this);
    cache->loadCustomer(id, [alive, id](std::optional<Customer> customer) {
        if (!alive || alive->m_customerId != id)
            return;
        const QString description = customer ? customer->description : QString();
        if (description != alive->m_description) {
            alive->m_description = description;
            alive->setHtml(alive->html());
        }
    });
}

void CustomerDetailsView::refresh()
{
    // Mails are queued when the deployment status changes: read them again then.
    const Service *s =
        m_customerId.isEmpty() ? nullptr : m_workspace->services()->serviceOfCustomer(m_customerId);
    if (s && (s->id != m_mailsService || int(s->deploymentStatus) != m_mailsStatus))
        reloadMails();
    // An alarm of its own storage changes the service: read the locations again then.
    if (s && s->settings.tenant.byos && (s->id != m_byosService || s->updatedAt != m_byosStamp))
        reloadOwnStorage();
    setHtml(html());
}

void CustomerDetailsView::reloadOwnStorage()
{
    const Service *s =
        m_customerId.isEmpty() ? nullptr : m_workspace->services()->serviceOfCustomer(m_customerId);
    if (!s || !s->settings.tenant.byos)
        return;
    if (s->id != m_byosService) {
        m_byos.clear();
        m_byosLoaded = false;
    }
    m_byosService = s->id;
    m_byosStamp = s->updatedAt;
    const QString serviceId = s->id;
    m_workspace->client()->storage().byosLocations(serviceId).then(
        this, [this, serviceId](const Result<QList<ByosLocation>> &r) {
            if (serviceId != m_byosService)
                return; // the selection moved on; its own answer comes
            m_byosLoaded = r.ok();
            m_byos = r.ok() ? r.value : QList<ByosLocation>();
            setHtml(html());
        });
}

QString CustomerDetailsView::usageHtml(const Service &s) const
{
    const qint64 included = s.settings.tenant.includedUsers;
    QString html = tr("<h4>Usage</h4>");
    if (!s.usage.licensesInUse) {
        html += tr("<p style='color:#5f6368'>Licences: %1 included; the recording platform has "
                   "not reported how many are in use yet.</p>")
                    .arg(included);
    } else {
        const qint64 used = *s.usage.licensesInUse;
        const int percent = included > 0 ? int(qMin<qint64>(used * 100 / included, 999)) : 0;
        const QString colour = used > included            ? QStringLiteral("#b71c1c")
                               : used * 5 >= included * 4 ? QStringLiteral("#b26a00")
                                                          : QStringLiteral("#2e7d32");
        // A bar of two cells: the used share in colour, the rest grey (rich text has no
        // progress bar; a table is what QTextBrowser draws reliably).
        const int filled = qBound(1, percent, 100);
        html += tr("<p>Licences: <b>%1 / %2</b> in use (%3 %)%4</p>")
                    .arg(used)
                    .arg(included)
                    .arg(percent)
                    .arg(s.usage.measuredAt.isValid()
                             ? tr(" <span style='color:#5f6368'>— measured %1</span>")
                                   .arg(when(s.usage.measuredAt))
                             : QString());
        html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' "
                               "style='margin-bottom:6px'><tr>"
                               "<td width='%1%' style='background:%2'>&nbsp;</td>"
                               "<td width='%3%' style='background:#e0e0e0'>&nbsp;</td>"
                               "</tr></table>")
                    .arg(filled)
                    .arg(colour)
                    .arg(100 - filled);
    }
    if (s.usage.storageBytes)
        html += tr("<p>Storage used: <b>%1</b></p>")
                    .arg(QLocale().formattedDataSize(*s.usage.storageBytes));
    return html;
}

QString CustomerDetailsView::ownStorageHtml() const
{
    if (!m_byosLoaded)
        return {};
    if (m_byos.isEmpty())
        return tr("<p>Own storage: <span style='color:#8a6d00'>none yet — add the customer's "
                  "container in <b>Edit the service… → Own storage</b></span></p>");
    QString html = tr("<p>Own storage:</p><ul style='list-style-type:none'>");
    for (const ByosLocation &l : m_byos) {
        const QString expiry =
            l.expiresAt.isValid()
                ? tr("SAS expires %1")
                      .arg(l.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                : tr("SAS never expires");
        const QString colour = l.status == QLatin1String("Expired")    ? QStringLiteral("#b71c1c")
                               : l.status == QLatin1String("Expiring") ? QStringLiteral("#8a6d00")
                                                                       : QStringLiteral("#5f6368");
        html += tr("<li>✓ %1: %2/%3 <span style='color:%4'>— %5</span></li>")
                    .arg(l.name.toHtmlEscaped(), l.account.toHtmlEscaped(),
                         l.container.toHtmlEscaped(), colour, expiry);
    }
    return html + QStringLiteral("</ul>");
}

void CustomerDetailsView::reloadMails()
{
    const Service *s =
        m_customerId.isEmpty() ? nullptr : m_workspace->services()->serviceOfCustomer(m_customerId);
    if (!s || m_mailsLoading)
        return;
    m_mailPoll.stop();
    m_mailsLoading = true;
    if (s->id != m_mailsService) {
        m_mails.clear();
        m_mailsLoaded = false;
    }
    m_mailsService = s->id;
    m_mailsStatus = int(s->deploymentStatus);
    const QString serviceId = s->id;
    m_workspace->client()->services().mails(serviceId).then(
        this, [this, serviceId](const Result<QList<OutboxMail>> &r) {
            m_mailsLoading = false;
            if (serviceId != m_mailsService)
                return reloadMails(); // the selection moved on meanwhile
            m_mailsLoaded = true;
            m_mails = r.ok() ? r.value : QList<OutboxMail>();
            m_mailsProblem = r.ok()                      ? QString()
                             : r.error.httpStatus == 404 ? tr("this server sends no emails")
                                                         : r.error.message;
            const bool pending = std::any_of(m_mails.cbegin(), m_mails.cend(), [](const auto &m) {
                return m.status == QLatin1String("Pending");
            });
            if (pending)
                m_mailPoll.start(); // until it went, or failed
            setHtml(html());
            // The state changed while the answer was on its way: that change may have queued more.
            const Service *now = m_workspace->services()->serviceOfCustomer(m_customerId);
            if (now && now->id == m_mailsService && int(now->deploymentStatus) != m_mailsStatus)
                reloadMails();
        });
}

QString CustomerDetailsView::mailsHtml() const
{
    QString html = tr("<h4>Emails</h4>");
    if (!m_mailsLoaded)
        return html + tr("<p style='color:#5f6368'>Loading…</p>");
    if (!m_mailsProblem.isEmpty())
        return html +
               tr("<p style='color:#5f6368'>Not known: %1</p>").arg(m_mailsProblem.toHtmlEscaped());
    if (m_mails.isEmpty())
        return html + tr("<p style='color:#5f6368'>None yet. The Quick Start email goes to the "
                         "contacts when the deploy finishes.</p>");
    html += QStringLiteral("<ul style='list-style-type:none'>");
    for (const OutboxMail &m : m_mails) {
        const QString what = StatusText::mailKind(m.kind).toHtmlEscaped();
        const QString to = m.to.toHtmlEscaped();
        if (m.status == QLatin1String("Sent"))
            html += tr("<li>✓ %1 to %2 <span style='color:#5f6368'>— sent %3</span></li>")
                        .arg(what, to, when(m.sentAt));
        else if (m.status == QLatin1String("Failed"))
            html += tr("<li><span style='color:#b71c1c'>✗ %1 to %2 — failed: %3</span></li>")
                        .arg(what, to, m.lastError.toHtmlEscaped());
        else
            html += tr("<li><span style='color:#8a6d00'>… %1 to %2 — pending%3</span></li>")
                        .arg(what, to, pendingReason(m));
    }
    return html + QStringLiteral("</ul>");
}

QString CustomerDetailsView::html() const
{
    if (m_customerId.isEmpty())
        return tr("<p style='color:#5f6368'>Select a customer to see its consents, alarms and "
                  "storage.</p>");
    const CustomerTableModel *customers = m_workspace->customers();
    const int row = customers->rowOf(m_customerId);
    auto cell = [&](int column) {
        return row < 0 ? QString() : customers->index(row, column).data().toString();
    };
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(customers->displayName(m_customerId).toHtmlEscaped());
    if (const QString by = cell(CustomerTableModel::CreatedByColumn); !by.isEmpty())
        html +=
            tr("<p style='color:#5f6368'>Created %1 by %2</p>")
                .arg(cell(CustomerTableModel::CreatedColumn).toHtmlEscaped(), by.toHtmlEscaped());
    if (!m_description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_description.toHtmlEscaped());
    const Service *s = m_workspace->services()->serviceOfCustomer(m_customerId);
    if (!s && m_workspace->services()->hasLiveService(m_customerId))
        return html + tr("<p style='color:#5f6368'>Reading the service…</p>"); // from the cache
    if (!s)
        return html + tr("<p>Not onboarded. Use <b>Add → Interaction Recording</b>.</p>");

    const auto &locations = StorageLocations::builtIn();
    html += tr("<p><b>%1</b> · %2 · %3</p>")
                .arg(s->settings.tenant.name.toHtmlEscaped(), s->licenseType().toHtmlEscaped(),
                     StatusText::deployment(s->deploymentStatus));
    for (const Alarm &a : Lifecycle::localisedAlarms(*s))
        html += QStringLiteral("<p style='color:%1'>⚠ %2</p>")
                    .arg(a.severity == QLatin1String("error") ? QStringLiteral("#b71c1c")
                                                              : QStringLiteral("#8a6d00"),
                         a.message.toHtmlEscaped());
    if (const auto op = m_workspace->latestOperation(s->id);
        op && op->status != OperationStatus::Succeeded) {
        // An operation no instance has picked up yet is queued, not "0 %" done.
        const QString heading =
            op->status == OperationStatus::Failed ? tr("%1 failed at %2 %")
                                                        .arg(StatusText::operation(op->kind))
                                                        .arg(op->percentComplete)
            : op->status == OperationStatus::NotStarted
                ? tr("%1 · queued").arg(StatusText::operation(op->kind))
                : tr("%1 · %2 %").arg(StatusText::operation(op->kind)).arg(op->percentComplete);
        html += QStringLiteral("<h4>%1</h4><ul style='list-style-type:none'>")
                    .arg(heading.toHtmlEscaped());
        for (const OperationStep &step : op->steps) {
            const bool planned = Lifecycle::onlyPlanned(step.name, step.status, *s);
            html += QStringLiteral("<li>%1 %2%3</li>")
                        .arg(planned ? QStringLiteral("–") : stepMark(step.status),
                             Lifecycle::stepDescription(step.name, s->settings).toHtmlEscaped(),
                             step.status == OperationStatus::Skipped
                                 ? tr(" <i>— skipped: does not apply</i>")
                             : planned ? tr(" <i>— planned only: no storage account is "
                                            "configured there</i>")
                                       : QString());
        }
        html += QStringLiteral("</ul>");
        const bool saidByAlarm =
            op->error && std::any_of(s->alarms.cbegin(), s->alarms.cend(), [&](const Alarm &a) {
                return a.message == op->error->message;
            });
        if (op->error && !saidByAlarm)
            html += QStringLiteral("<p style='color:#b71c1c'>%1</p>")
                        .arg(op->error->message.toHtmlEscaped());
    }
    // The marks (✓ ✗ …) are the bullets.
    html += tr("<h4>Consents</h4><ul style='list-style-type:none'>");
    for (const ConsentState &c : s->consents)
        html +=
            QStringLiteral("<li>%1 %2%3</li>")
                .arg(c.granted ? QStringLiteral("✓") : QStringLiteral("✗"), c.name.toHtmlEscaped(),
                     c.granted && c.grantedAt.isValid()
                         ? tr(" <span style='color:#5f6368'>(%1)</span>").arg(when(c.grantedAt))
                         : QString());
    html += QStringLiteral("</ul>");
    html += usageHtml(*s);
    html += mailsHtml();
    html += tr("<h4>Storage</h4>");
    // Only what exists is shown as existing (api.md 1.1): a planned container says why not.
    const auto placementHtml = [&](const QString &label, const StoragePlacement &p) {
        const QString region = locations.regionName(p.region).toHtmlEscaped();
        if (p.provisioned)
            return tr("<p>%1: %2, container %3</p>")
                .arg(label, region, p.container.toHtmlEscaped());
        return tr("<p>%1: %2 — <span style='color:#8a6d00'>not provisioned: no storage account "
                  "is configured for %2</span></p>")
            .arg(label, region);
    };
    if (s->storage.primary)
        html += placementHtml(tr("Primary"), *s->storage.primary);
    if (s->storage.replica)
        html += placementHtml(tr("Replica"), *s->storage.replica);
    if (s->settings.tenant.byos)
        html += ownStorageHtml();
    if (!s->quickStartUrl.isEmpty())
        html += tr("<p><a href=\"%1\">Open the Quick Start page</a></p>")
                    .arg(s->quickStartUrl.toHtmlEscaped());
    return html;
}

} // namespace insights
