#include "byossection.h"

#include "byosurl.h"
#include "fieldnames.h"
#include "storageapi.h"
#include "validatedfield.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace insights {

namespace {

enum Column { NameColumn, ContainerColumn, ExpiresColumn, StatusColumn, ColumnCount };

Verdict nameRule(QStringView text)
{
    const QString name = text.toString().trimmed();
    if (name.isEmpty())
        return Verdict::intermediate(QStringLiteral("required"),
                                     ByosSection::tr("Name the location (for example Archive)"));
    if (name.size() > 64)
        return Verdict::invalid(QStringLiteral("length"), ByosSection::tr("At most 64 characters"));
    return Verdict::acceptable();
}

Verdict urlRule(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Verdict::intermediate(QStringLiteral("required"),
                                     ByosSection::tr("Paste the container's URL with its SAS"));
    const ContainerSasCheck check =
        ByosUrl::parse(text.toString(), QDateTime::currentDateTimeUtc());
    if (!check.code.isEmpty())
        return Verdict::invalid(check.code, check.message);
    return Verdict::acceptable();
}

// In UTC, as the SAS's se and the service's alarm say it.
QString expiryText(const ByosLocation &l)
{
    if (!l.expiresAt.isValid())
        return ByosSection::tr("Never");
    return l.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString statusText(const ByosLocation &l)
{
    if (l.status == QLatin1String("Expired"))
        return ByosSection::tr("Expired: ask the customer for a new SAS");
    if (l.status == QLatin1String("Expiring")) {
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(l.expiresAt);
        return days <= 0   ? ByosSection::tr("Expires today")
               : days == 1 ? ByosSection::tr("Expires tomorrow")
                           : ByosSection::tr("Expires in %1 days").arg(days);
    }
    return ByosSection::tr("Verified");
}

} // namespace

ByosSection::ByosSection(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_name(new ValidatedField(QStringLiteral("byosName"), tr("Location name"), nameRule, this))
    , m_url(new ValidatedField(QStringLiteral("byosContainerUrl"), tr("Container URL with SAS"),
                               urlRule, this))
    , m_add(new QPushButton(tr("&Verify and add"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("byosSection"));
    auto *intro = new QLabel(tr("The customer's own Azure Blob containers. Ask the customer for "
                                "a container URL with a SAS that may read, add, create, write, "
                                "delete and list (sp=racwdl). Each is verified before it is "
                                "added: a small test file is written, read back and deleted; "
                                "the SAS stays on the server. Adding and removing take effect "
                                "at once (Save is for the other tabs)."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("byosTable"));
    m_table->setAccessibleName(tr("Own storage locations"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Account / container"), tr("SAS expires"), tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(110);
    m_remove->setObjectName(QStringLiteral("byosRemoveButton"));
    m_remove->setAccessibleName(tr("Remove the selected location"));
    m_add->setObjectName(QStringLiteral("byosAddButton"));
    m_add->setAccessibleName(tr("Verify and add the location"));
    m_url->edit()->setPlaceholderText(
        QStringLiteral("https://ACCOUNT.blob.core.windows.net/CONTAINER?sv=…"));
    m_name->edit()->setMaxLength(64);
    m_status->setObjectName(QStringLiteral("byosStatus"));
    m_status->setWordWrap(true);

    auto *addBox = new QGroupBox(tr("Add a location"), this);
    auto *form = new QFormLayout(addBox);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Container &URL:"), m_url);
    form->addRow(QString(), m_add);
    // The page scrolls, so a long message never makes the dialog taller than the screen.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addWidget(addBox);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("byosScroll"));
    scroll->setAccessibleName(tr("Own storage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    confirmRemove = [this](const ByosLocation &l) {
        return QMessageBox::question(
                   this, tr("Remove a storage location of %1?").arg(m_tenant),
                   tr("Remove “%1” (%2/%3) from %4? The container and the recordings in it "
                      "are the customer's and stay where they are.")
                       .arg(l.name, l.account, l.container, m_tenant),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    connect(m_name, &ValidatedField::stateChanged, this, &ByosSection::refreshButtons);
    connect(m_url, &ValidatedField::stateChanged, this, &ByosSection::refreshButtons);
    // A new try: the last one's outcome no longer applies.
    for (ValidatedField *field : {m_name, m_url})
        connect(field, &ValidatedField::changed, this, [this] {
            if (!m_verifying)
                m_status->clear();
        });
    connect(m_add, &QPushButton::clicked, this, &ByosSection::add);
    connect(m_url->edit(), &QLineEdit::returnPressed, this, [this] {
        if (m_add->isEnabled())
            add();
    });
    connect(m_remove, &QPushButton::clicked, this, &ByosSection::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ByosSection::refreshButtons);
    refreshButtons();
}

void ByosSection::setService(const QString &serviceId, const QString &tenantName)
{
    m_serviceId = serviceId;
    m_tenant = tenantName;
    reload();
}

void ByosSection::reload()
{
    if (m_serviceId.isEmpty())
        return;
    m_client->storage()
        .byosLocations(m_serviceId)
        .then(this, [this](const Result<QList<ByosLocation>> &r) {
            if (!r.ok()) {
                m_status->setText(
                    tr("Could not read the storage locations: %1").arg(r.error.message));
                return;
            }
            show(r.value);
        });
}

void ByosSection::show(const QList<ByosLocation> &locations)
{
    m_locations = locations;
    m_table->setRowCount(int(locations.size()));
    for (int row = 0; row < locations.size(); ++row) {
        const ByosLocation &l = locations.at(row);
        const QStringList cells{l.name, l.account + u'/' + l.container, expiryText(l),
                                statusText(l)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == StatusColumn && l.status != QLatin1String("Verified"))
                item->setForeground(l.status == QLatin1String("Expired")
                                        ? QColor(0xb3, 0x26, 0x1e)
                                        : QColor(0x8a, 0x5a, 0x00));
            item->setToolTip(c == ContainerColumn ? l.url : cells.at(c));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnToContents(NameColumn);
    m_table->resizeColumnToContents(ExpiresColumn);
    refreshButtons();
    emit locationsChanged();
}

void ByosSection::refreshButtons()
{
    const bool ready = m_name->isAcceptable() && m_url->isAcceptable() && !m_verifying;
    m_add->setEnabled(ready);
    m_add->setToolTip(ready || m_verifying ? QString()
                                           : tr("Give a name and a container URL with its SAS"));
    const bool selected = !m_table->selectedItems().isEmpty();
    m_remove->setEnabled(selected && !m_verifying);
    m_remove->setToolTip(selected ? QString() : tr("Select a location first"));
}

void ByosSection::setVerifying(bool on)
{
    m_verifying = on;
    m_name->edit()->setReadOnly(on);
    m_url->edit()->setReadOnly(on);
    refreshButtons();
    emit verifyingChanged(on);
}

void ByosSection::add()
{
    const ContainerSasCheck check = ByosUrl::parse(m_url->text(), QDateTime::currentDateTimeUtc());
    const QString where = check.sas ? check.sas->account + u'/' + check.sas->name : QString();
    m_status->setText(tr("Verifying… writing, reading and deleting a test file in %1.").arg(where));
    setVerifying(true);
    const QString name = m_name->text().trimmed();
    m_client->storage()
        .addByosLocation(m_serviceId, name, m_url->text().trimmed())
        .then(this, [this, name](const Result<ByosLocation> &r) {
            setVerifying(false);
            if (r.ok()) {
                // Focus first: leaving the URL field then finds it still filled, so the
                // emptied fields are not flagged "required" before anything is typed.
                m_name->edit()->setFocus();
                m_name->setText({}); // (clears the last status too)
                m_url->setText({});
                m_status->setText(tr("Added “%1”: %2/%3 verified.")
                                      .arg(r.value.name, r.value.account, r.value.container));
                reload();
                emit edited();
                return;
            }
            const QString atUrl = r.error.messageFor(field::containerUrl);
            const QString atName = r.error.messageFor(field::name);
            if (!atUrl.isEmpty())
                m_url->setServerMessage(atUrl);
            if (!atName.isEmpty())
                m_name->setServerMessage(atName);
            m_status->setText(
                atUrl.isEmpty() && atName.isEmpty()
                    ? tr("“%1” was not added: %2").arg(name, r.error.message)
                    : tr("“%1” was not added; see the message at the field.").arg(name));
            // Back where the correction goes, its text selected for a new paste.
            ValidatedField *fix = atName.isEmpty() ? m_url : m_name;
            fix->edit()->setFocus();
            fix->edit()->selectAll();
        });
}

void ByosSection::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_locations.size())
        return;
    const ByosLocation l = m_locations.at(row);
    if (!confirmRemove(l))
        return;
    m_remove->setEnabled(false);
    m_client->storage()
        .removeByosLocation(m_serviceId, l.id)
        .then(this, [this, l](const Result<Nothing> &r) {
            m_status->setText(r.ok() ? tr("Removed “%1”.").arg(l.name)
                                     : tr("“%1” was not removed: %2").arg(l.name, r.error.message));
            reload();
            if (r.ok())
                emit edited();
        });
}

} // namespace insights
