#pragma once

#include "importapi.h"

#include <QDialog>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace insights {

class ApiClient;

// File → Import customers from CSV… (domain.md 1.1, "Bulk onboarding"): save a template, pick
// a file, and the server's dry run shows every row with its status, and each bad row with the
// field, the rule and the value; export that report; then onboard the valid rows, with
// progress. The server does the work, so the dialog may be closed while it runs, and opened
// again later it shows the newest job.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(ApiClient *client, bool mayChange, QWidget *parent = nullptr);

    // Where files come from and go; replaceable so tests need no native file dialog.
    std::function<QString()> chooseFile;
    std::function<QString(const QString &suggested)> chooseSaveFile;

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *onboardButton() const { return m_onboard; }
    const ImportJob &job() const { return m_job; }

signals:
    // A real run created services: the window syncs.
    void created();

private:
    void saveTemplate();
    void pickFile();
    void start(bool dryRun);
    void poll();
    void showJob(const ImportJob &job);
    void exportReport();
    bool save(const QString &path, const QByteArray &bytes);
    void fail(const QString &message);

    ApiClient *m_client;
    bool m_mayChange;
    QByteArray m_file;
    QString m_fileName;
    ImportJob m_job;
    int m_shownCreated = 0;
    QLabel *m_fileLabel;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QPushButton *m_template;
    QPushButton *m_choose;
    QPushButton *m_export;
    QPushButton *m_onboard;
    QTimer *m_poll;
};

} // namespace insights
