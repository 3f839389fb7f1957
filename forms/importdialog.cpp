#include "importdialog.h"

#include "screenfit.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace insights {

namespace {

constexpr qint64 maxFileBytes = 8 * 1024 * 1024;

QString statusWord(const QString &s)
{
    if (s == QLatin1String("Valid"))
        return ImportDialog::tr("Valid");
    if (s == QLatin1String("Invalid"))
        return ImportDialog::tr("Needs fixing");
    if (s == QLatin1String("Created"))
        return ImportDialog::tr("Onboarded");
    if (s == QLatin1String("Failed"))
        return ImportDialog::tr("Not onboarded");
    return s;
}

} // namespace

ImportDialog::ImportDialog(ApiClient *client, bool mayChange, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_mayChange(mayChange)
    , m_fileLabel(new QLabel(tr("No file chosen."), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableWidget(0, 7, this))
    , m_template(new QPushButton(tr("Save a &template…"), this))
    , m_choose(new QPushButton(tr("&Choose a file…"), this))
    , m_export(new QPushButton(tr("&Export this report…"), this))
    , m_onboard(new QPushButton(tr("&Onboard valid rows"), this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import customers from CSV"));
    auto *intro = new QLabel(
        tr("One row per customer and its Interaction Recording service, with the columns of the "
           "template. The server checks every row with the rules of the onboarding form before "
           "anything is created; lists (contact emails, admin UPNs) are separated by “;”."),
        this);
    intro->setWordWrap(true);
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setVisible(false);
    m_table->setObjectName(QStringLiteral("importRows"));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Status"), tr("Customer"), tr("Field"),
                                        tr("Rule"), tr("Value"), tr("Message")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_template->setObjectName(QStringLiteral("saveTemplateButton"));
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_onboard->setObjectName(QStringLiteral("onboardButton"));
    m_export->setEnabled(false);
    m_onboard->setEnabled(false);
    if (!mayChange) {
        m_choose->setEnabled(false);
        m_choose->setToolTip(tr("The monitor role is read-only"));
    }
    m_poll->setObjectName(QStringLiteral("importPoll"));
    m_poll->setInterval(300);
    m_poll->setSingleShot(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_template);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_fileLabel, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_onboard, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    // Never larger than the screen (at QT_SCALE_FACTOR=2 a fixed 900×520 put the buttons off it).
    fitToScreen(this, {900, 520}, 80);

    chooseFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), {},
                                            tr("CSV files (*.csv);;All files (*)"));
    };
    chooseSaveFile = [this](const QString &suggested) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save as"), dir + u'/' + suggested,
                                            tr("CSV files (*.csv)"));
    };
    connect(m_template, &QPushButton::clicked, this, &ImportDialog::saveTemplate);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::pickFile);
    connect(m_export, &QPushButton::clicked, this, &ImportDialog::exportReport);
    connect(m_onboard, &QPushButton::clicked, this, [this] {
        // Creating services deploys them: the person says yes once more, with the count.
        const QLocale l;
        QString question = m_job.valid == 1
                               ? tr("Onboard 1 customer now? It gets an Interaction Recording "
                                    "service, deployed at once.")
                               : tr("Onboard %1 customers now? Each gets an Interaction "
                                    "Recording service, deployed at once.")
                                     .arg(l.toString(m_job.valid));
        if (m_job.invalid > 0)
            question +=
                u' ' + tr("The rows to fix (%1) are left out.").arg(l.toString(m_job.invalid));
        if (QMessageBox::question(this, tr("Onboard from %1").arg(m_fileName), question,
                                  QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::Yes) == QMessageBox::Yes)
            start(false);
    });
    connect(m_poll, &QTimer::timeout, this, &ImportDialog::poll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Opened again later: the newest job, and its progress if it still runs.
    ImportsApi(m_client).latest().then(this, [this](const Result<ImportJob> &r) {
        if (!r.ok() || r.value.id.isEmpty() || !m_job.id.isEmpty())
            return;
        m_fileLabel->setText(
            tr("Newest import: %1 by %2")
                .arg(QLocale().toString(r.value.createdAt.toLocalTime(), QLocale::ShortFormat),
                     r.value.createdBy));
        m_job = r.value;
        poll();
    });
}

void ImportDialog::saveTemplate()
{
    const QString path = chooseSaveFile(QStringLiteral("onboarding-template.csv"));
    if (!path.isEmpty() && save(path, ImportsApi::templateCsv()))
        m_summary->setText(tr("Saved the template to %1.").arg(QFileInfo(path).fileName()));
}

void ImportDialog::pickFile()
{
    const QString path = chooseFile();
    if (path.isEmpty())
        return;
    QFile f(path);
    if (f.size() > maxFileBytes)
        return fail(tr("%1 is %2; the server takes files up to 8 MiB: split it.")
                        .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(f.size())));
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, f.errorString()));
    m_file = f.readAll();
    m_fileName = QFileInfo(path).fileName();
    m_fileLabel->setText(m_fileName);
    start(true);
}

void ImportDialog::start(bool dryRun)
{
    m_onboard->setEnabled(false);
    m_choose->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setStyleSheet({});
    m_summary->setText(dryRun ? tr("Checking %1…").arg(m_fileName)
                              : tr("Onboarding the valid rows of %1…").arg(m_fileName));
    ImportsApi(m_client).start(m_file, dryRun).then(this, [this](const Result<ImportJob> &r) {
        if (!r.ok()) {
            m_choose->setEnabled(m_mayChange);
            return fail(r.error.message);
        }
        m_job = r.value;
        m_shownCreated = 0;
        m_poll->start();
    });
}

void ImportDialog::poll()
{
    const bool finished = m_job.isFinished();
    // While it runs, the counts only; once it ends, every row.
    ImportsApi(m_client).get(m_job.id, finished).then(this, [this](const Result<ImportJob> &r) {
        if (!r.ok())
            return fail(r.error.message);
        if (r.value.created > m_shownCreated) {
            m_shownCreated = r.value.created;
            emit created();
        }
        if (r.value.isFinished() && r.value.rows.isEmpty() && r.value.total > 0) {
            m_job = r.value; // ended since the last poll: fetch it whole
            return poll();
        }
        showJob(r.value);
        if (!r.value.isFinished())
            m_poll->start();
    });
}

void ImportDialog::showJob(const ImportJob &job)
{
    m_job = job;
    const bool finished = job.isFinished();
    m_progress->setVisible(!finished);
    m_progress->setValue(job.percent());
    const QLocale l;
    QString text;
    if (!finished)
        text =
            job.dryRun || job.status == QLatin1String("Validating")
                ? tr("Checking: %1 of %2 rows").arg(l.toString(job.checked), l.toString(job.total))
                : tr("Onboarding: %1 of %2 valid rows")
                      .arg(l.toString(job.created + job.failed), l.toString(job.valid));
    else if (job.status == QLatin1String("Failed"))
        text = tr("The import failed on the server.");
    else if (job.dryRun)
        text = tr("%1 rows checked: %2 valid, %3 to fix. Nothing was created.")
                   .arg(l.toString(job.total), l.toString(job.valid), l.toString(job.invalid));
    else {
        text = tr("Onboarded %1 of %2 rows.").arg(l.toString(job.created), l.toString(job.total));
        if (job.invalid > 0)
            text += u' ' + tr("%1 to fix.").arg(l.toString(job.invalid));
        if (job.failed > 0)
            text += u' ' + tr("%1 not onboarded: their names were taken meanwhile.")
                               .arg(l.toString(job.failed));
    }
    m_summary->setStyleSheet({});
    m_summary->setText(text);
    m_choose->setEnabled(m_mayChange && finished);
    m_export->setEnabled(finished && !job.rows.isEmpty());
    const bool mayOnboard =
        m_mayChange && finished && job.dryRun && job.valid > 0 && !m_file.isEmpty();
    m_onboard->setEnabled(mayOnboard);
    m_onboard->setText(job.valid == 0   ? tr("&Onboard valid rows")
                       : job.valid == 1 ? tr("&Onboard 1 valid row")
                                        : tr("&Onboard %1 valid rows").arg(l.toString(job.valid)));
    if (!finished)
        return;
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(0);
    int lines = 0;
    for (const ImportRowResult &r : job.rows)
        lines += qMax<qsizetype>(1, r.errors.size());
    m_table->setRowCount(lines);
    int at = 0;
    auto put = [this](int row, int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text); // the whole text where the column cuts it
        m_table->setItem(row, column, item);
    };
    for (const ImportRowResult &r : job.rows) {
        const qsizetype n = qMax<qsizetype>(1, r.errors.size());
        for (qsizetype i = 0; i < n; ++i, ++at) {
            put(at, 0, QString::number(r.row));
            put(at, 1, statusWord(r.status));
            put(at, 2, r.customer);
            if (i < r.errors.size()) {
                const ImportCellError &e = r.errors.at(i);
                put(at, 3, e.field);
                put(at, 4, e.code);
                put(at, 5, e.value);
                put(at, 6, e.message);
            }
        }
    }
    m_table->resizeColumnsToContents();
    // Long customers and values must not push the message, which says what to do, out of view.
    for (int column : {2, 5})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 150));
    m_table->setUpdatesEnabled(true);
}

void ImportDialog::exportReport()
{
    const QString base =
        m_fileName.isEmpty() ? QStringLiteral("import") : QFileInfo(m_fileName).completeBaseName();
    const QString path = chooseSaveFile(base + QStringLiteral("-report.csv"));
    if (!path.isEmpty() && save(path, ImportsApi::reportCsv(m_job)))
        m_fileLabel->setText(
            tr("%1 · report saved to %2").arg(m_fileName, QFileInfo(path).fileName()));
}

bool ImportDialog::save(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        fail(tr("Cannot save %1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

void ImportDialog::fail(const QString &message)
{
    m_progress->setVisible(false);
    m_summary->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_summary->setText(message);
}

} // namespace insights
