#pragma once

#include "storageapi.h"

#include <QDialog>
#include <QLabel>

namespace insights {

// The status bar's word on what the server can do: "Mail: not configured · Storage: not
// provisioned" on the embedded default, "Mail: smtp://mail.example.com:587 · Storage: 2
// locations" on a configured team server. Read with GET /api/v1/server-settings.
class ServerCapabilitiesLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ServerCapabilitiesLabel(QWidget *parent = nullptr);

    void reload(ApiClient *client);
    const ServerSettings &settings() const { return m_settings; }
    bool isKnown() const { return m_known; }
    static QString summary(const ServerSettings &s);
    QString fullText() const { return m_full; }

signals:
    void settingsChanged();
    // Clicked: File → Server settings… says more.
    void activated();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    void elide();

    ServerSettings m_settings;
    bool m_known = false;
    QString m_full;
};

// File → Server settings…: mail and storage as the server was started, and for what is not
// configured, what the server would need (the options of insights-server).
class ServerSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ServerSettingsDialog(const ServerSettings &settings, bool embedded, QWidget *parent = nullptr);
};

} // namespace insights
