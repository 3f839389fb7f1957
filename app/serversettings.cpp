#include "serversettings.h"

#include "screenfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace insights {

ServerCapabilitiesLabel::ServerCapabilitiesLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("serverCapabilities"));
    setCursor(Qt::PointingHandCursor);
    hide();
}

// A narrow window (or a large scale factor) shortens the text with "…"; the tooltip has it all.
void ServerCapabilitiesLabel::elide()
{
    setText(fontMetrics().elidedText(m_full, Qt::ElideRight, qMax(0, contentsRect().width())));
}

void ServerCapabilitiesLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ServerCapabilitiesLabel::mouseReleaseEvent(QMouseEvent *event)
{
    QLabel::mouseReleaseEvent(event);
    emit activated();
}

QSize ServerCapabilitiesLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_full) + m.left() + m.right() + 2,
            QLabel::sizeHint().height()};
}

QSize ServerCapabilitiesLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("Mail: …")),
            QLabel::minimumSizeHint().height()};
}

QString ServerCapabilitiesLabel::summary(const ServerSettings &s)
{
    const QString mail =
        s.mailConfigured ? tr("Mail: %1").arg(s.mailServer) : tr("Mail: not configured");
    const QString storage = !s.storageConfigured ? tr("Storage: not provisioned")
                            : s.storageLocations.size() == 1
                                ? tr("Storage: 1 location")
                                : tr("Storage: %1 locations").arg(s.storageLocations.size());
    return mail + QStringLiteral(" · ") + storage;
}

void ServerCapabilitiesLabel::reload(ApiClient *client)
{
    client->storage().serverSettings().then(this, [this](const Result<ServerSettings> &r) {
        // A server from before 1.1 has no settings to show: the label stays away.
        m_known = r.ok();
        setVisible(m_known);
        if (m_known) {
            m_settings = r.value;
            m_full = summary(m_settings);
            setToolTip(
                tr("%1\nClick for the server's settings (File → Server settings…)").arg(m_full));
            setAccessibleName(m_full);
            updateGeometry();
            elide();
        }
        emit settingsChanged();
    });
}

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    QLabel *label = wrapped(text, parent);
    label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    return label;
}

// The options a missing piece needs, one per line, never broken inside an option.
QLabel *options(const QList<std::pair<QString, QString>> &lines, QWidget *parent)
{
    QString html;
    for (const auto &[option, why] : lines)
        html += QStringLiteral("<nobr><code>%1</code></nobr> — %2<br>")
                    .arg(option.toHtmlEscaped(), why.toHtmlEscaped());
    QLabel *label = wrapped(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setStyleSheet(QStringLiteral("color: #3c4043;"));
    return label;
}

} // namespace

ServerSettingsDialog::ServerSettingsDialog(const ServerSettings &s, bool embedded, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverSettingsDialog"));
    setWindowTitle(tr("Server settings"));
    // The groups scroll, so the dialog and its Close button fit any screen and scale factor.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("serverSettingsContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(wrapped(
        embedded ? tr("The console runs its own backend on this computer (the embedded "
                      "default). It sends no mail and provisions no storage: for that, "
                      "run insights-server as a team server with the options below, then connect "
                      "to it (File → Connect to a server…).")
                 : tr("How %1 was started. Only its administrator can change it.").arg(s.publicUrl),
        this));

    auto *general = new QFormLayout;
    general->addRow(tr("Server:"), wrapped(s.publicUrl, this));
    general->addRow(tr("Version:"), wrapped(s.version, this));
    general->addRow(tr("Database:"),
                    wrapped(s.database == QLatin1String("postgresql") ? tr("PostgreSQL")
                                                                      : tr("SQLite (one instance)"),
                            this));
    layout->addLayout(general);

    auto *mailBox = new QGroupBox(tr("Mail"), this);
    auto *mail = new QFormLayout(mailBox);
    if (s.mailConfigured) {
        mail->addRow(tr("Mail server:"), wrapped(s.mailServer, this));
        mail->addRow(tr("Sent as:"), wrapped(s.mailFrom, this));
        mail->addRow(tr("Failed deployments to:"),
                     wrapped(s.notifyAddress.isEmpty() ? tr("nobody (no --notify-address)")
                                                       : s.notifyAddress,
                             this));
    } else {
        mail->addRow(tr("Status:"), wrapped(tr("Not configured: Quick Start emails wait in the "
                                               "outbox until a mail server is set."),
                                            this));
        mail->addRow(tr("Needs:"),
                     options({{QStringLiteral("--smtp-url smtp://HOST:587"),
                               tr("(STARTTLS when offered), or smtps://HOST:465")},
                              {QStringLiteral("--mail-from ADDRESS"), tr("the sender")},
                              {QStringLiteral("--smtp-user NAME --smtp-password-file FILE"),
                               tr("if the mail server asks for them")},
                              {QStringLiteral("--notify-address ADDRESS"),
                               tr("where failed deployments are reported")}},
                             this));
    }
    layout->addWidget(mailBox);

    auto *storageBox = new QGroupBox(tr("Storage"), this);
    auto *storage = new QFormLayout(storageBox);
    if (s.storageConfigured) {
        storage->addRow(tr("Locations with an account:"),
                        wrapped(s.storageLocations.join(QStringLiteral(", ")), this));
        storage->addRow(tr("Storage used is measured every:"),
                        wrapped(s.usageIntervalSeconds % 3600 == 0
                                    ? tr("%1 h").arg(s.usageIntervalSeconds / 3600)
                                    : tr("%1 s").arg(s.usageIntervalSeconds),
                                this));
    } else {
        storage->addRow(tr("Status:"), wrapped(tr("Not provisioned: deployments plan their "
                                                  "containers but create none."),
                                               this));
        storage->addRow(tr("Needs:"),
                        options({{QStringLiteral("--storage-accounts FILE"),
                                  tr("a JSON object from storage-location id (westeurope, "
                                     "northeurope, … as in the Storage Location list) to "
                                     "{\"serviceUrl\": \"https://ACCOUNT.blob.core.windows.net\", "
                                     "\"sas\": \"sv=…\"}, an account SAS that may create, list, "
                                     "read, write and delete")}},
                                this));
    }
    layout->addWidget(storageBox);
    layout->addWidget(hintLabel(tr("A customer's own storage (Bring your own storage) needs "
                                   "none of this: add its container in Edit the service… → Own "
                                   "storage."),
                                this));

    layout->addStretch(1); // extra height goes below the groups, not between them
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("serverSettingsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);
    const int width = 620;
    const int contentHeight = content->heightForWidth(width - 40);
    fitToScreen(this,
                {width, (contentHeight > 0 ? contentHeight : content->sizeHint().height()) +
                            buttons->sizeHint().height() + 40},
                85);
}

} // namespace insights
