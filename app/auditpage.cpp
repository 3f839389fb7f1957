#include "auditpage.h"

#include "auditmodel.h"
#include "storageapi.h"
#include "tableview.h"
#include "workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace insights {

AuditPage::AuditPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(makeTable(QStringLiteral("auditTable"), tr("Audit trail"), this))
    , m_actor(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_note(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_clearScope(new QPushButton(tr("Show &everything"), this))
    , m_actorDebounce(new QTimer(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    setAccessibleName(tr("Audit trail"));
    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("auditFilter"));
    filter->setAccessibleName(tr("Filter the audit trail"));
    filter->setPlaceholderText(tr("Filter by who, action, target or detail"));
    filter->setClearButtonEnabled(true);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setAccessibleName(tr("Who (a user name)"));
    m_actor->setPlaceholderText(tr("Who: everyone"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaximumWidth(180);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Action"));
    const std::pair<QString, QString> actions[] = {
        {tr("Every action"), {}},
        {tr("Sign-ins"), QStringLiteral("login")},
        {tr("Customers"), QStringLiteral("customer.")},
        {tr("Services"), QStringLiteral("service.")},
        {tr("Customer operators"), QStringLiteral("operator.")},
        {tr("Console users"), QStringLiteral("user.")},
        {tr("Imports"), QStringLiteral("import.")},
        {tr("Consents"), QStringLiteral("consent.")},
    };
    for (const auto &[label, prefix] : actions)
        m_action->addItem(label, prefix);
    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_period->setAccessibleName(tr("Period"));
    for (const auto &[label, days] :
         {std::pair{tr("Any time"), 0}, std::pair{tr("Last 24 hours"), 1},
          std::pair{tr("Last 7 days"), 7}, std::pair{tr("Last 30 days"), 30},
          std::pair{tr("Last 365 days"), 365}})
        m_period->addItem(label, days);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("Save every entry that matches Who, Action and Period as CSV"));
    m_scope->setObjectName(QStringLiteral("auditScope"));
    m_clearScope->setObjectName(QStringLiteral("auditShowEverything"));
    m_scope->setVisible(false);
    m_clearScope->setVisible(false);
    connect(m_clearScope, &QPushButton::clicked, this, [this] { showTargets({}, {}); });
    m_note->setObjectName(QStringLiteral("auditRetention"));
    m_note->setWordWrap(true);
    m_actorDebounce->setObjectName(QStringLiteral("auditActorDebounce"));
    m_actorDebounce->setSingleShot(true);
    m_actorDebounce->setInterval(300);
    m_table->setModel(workspace->audit());
    // The server pages the trail newest first and the table keeps that order: the header
    // says so, and a click does not pretend to sort it the other way.
    m_table->horizontalHeader()->setSortIndicator(AuditModel::WhenColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(false);
    fitHeaders(m_table, {150, 120, 170, 200, 90, 300});

    chooseSaveFile = [this](const QString &suggested) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                            dir + u'/' + suggested, tr("CSV files (*.csv)"));
    };
    connect(filter, &QLineEdit::textChanged, workspace->audit(), &AuditModel::setFilterText);
    connect(m_actor, &QLineEdit::textChanged, m_actorDebounce, qOverload<>(&QTimer::start));
    connect(m_actorDebounce, &QTimer::timeout, this, &AuditPage::applyQuery);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyQuery);
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditPage::applyQuery);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);

    // Who is a user name as it signs in: suggest the ones the trail has shown so far.
    m_actor->setCompleter(new QCompleter(&m_knownActors, m_actor));
    m_actor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_empty->setObjectName(QStringLiteral("auditEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);
    QAbstractItemModel *model = m_table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &AuditPage::followRows);
    connect(model, &QAbstractItemModel::layoutChanged, this, &AuditPage::followRows);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AuditPage::followRows);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AuditPage::followRows);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filter, 1);
    bar->addWidget(m_actor);
    bar->addWidget(m_action);
    bar->addWidget(m_period);
    bar->addWidget(m_export);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_scope);
    scope->addWidget(m_clearScope);
    scope->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scope);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_note);
}

void AuditPage::followRows()
{
    const QAbstractItemModel *model = m_table->model();
    const int rows = model->rowCount();
    QStringList actors = m_knownActors.stringList();
    for (int r = 0; r < rows; ++r) {
        const QString who = model->index(r, AuditModel::WhoColumn).data().toString();
        if (!who.isEmpty() && !actors.contains(who))
            actors << who;
    }
    if (actors.size() != m_knownActors.rowCount()) {
        actors.sort(Qt::CaseInsensitive);
        m_knownActors.setStringList(actors);
    }
    // An empty table says why, and what to try.
    const QString actor = m_actor->text().trimmed();
    m_empty->setVisible(rows == 0 && m_workspace->client());
    m_empty->setText(
        actor.isEmpty()
            ? tr("No audit entry matches these filters.")
            : tr("No audit entry of “%1” matches these filters. Who is a user name exactly as "
                 "it signs in (suggestions appear as you type).")
                  .arg(actor));
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_workspace->client())
        return;
    m_workspace->client()->storage().serverSettings().then(
        this, [this](const Result<ServerSettings> &r) {
            if (r.ok() && r.value.auditRetentionDays > 0)
                m_note->setText(tr("The server keeps audit entries for %1 days "
                                   "(insights-server --audit-retention-days).")
                                    .arg(r.value.auditRetentionDays));
        });
}

void AuditPage::showTargets(const QString &label, const QStringList &targets)
{
    m_targets = targets;
    m_scope->setText(
        tr("Showing the audit trail of <b>%1</b> and its service.").arg(label.toHtmlEscaped()));
    m_scope->setVisible(!targets.isEmpty());
    m_clearScope->setVisible(!targets.isEmpty());
    applyQuery();
}

void AuditPage::applyQuery()
{
    AuditQuery q;
    q.targets = m_targets;
    q.actor = m_actor->text().trimmed();
    q.action = m_action->currentData().toString();
    const int days = m_period->currentData().toInt();
    if (days > 0)
        q.since = QDateTime::currentDateTimeUtc().addDays(-days);
    m_workspace->setAuditQuery(q);
}

void AuditPage::exportCsv()
{
    if (!m_workspace->client())
        return;
    const QString path = chooseSaveFile(
        QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    m_export->setEnabled(false);
    m_note->setText(tr("Exporting…"));
    m_workspace->client()
        ->users()
        .auditCsv(m_workspace->auditQuery())
        .then(this, [this, path](const Result<QByteArray> &r) {
            m_export->setEnabled(true);
            if (!r.ok()) {
                m_note->setText(tr("The export failed: %1").arg(r.error.message));
                return;
            }
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(r.value) != r.value.size() ||
                !f.commit()) {
                m_note->setText(tr("Cannot save %1: %2").arg(path, f.errorString()));
                return;
            }
            const qsizetype n = qMax<qsizetype>(0, r.value.count('\n') - 1);
            m_note->setText(n == 1 ? tr("Exported 1 entry to %1.").arg(path)
                                   : tr("Exported %1 entries to %2.").arg(n).arg(path));
        });
}

} // namespace insights
