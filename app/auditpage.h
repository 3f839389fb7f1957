#pragma once

#include <QStringListModel>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace insights {

class Workspace;

// The Audit trail page: the newest entries, filtered on the server by who, action and period
// (api.md 1.1, "Data and privacy"), and further as you type; Export… saves the server's CSV of
// every matching entry; the note says how long the server keeps them.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Only the entries about these ids, with "Customer: NAME" and a way back to everything.
    void showTargets(const QString &label, const QStringList &targets);
    // Where the export goes; replaceable so tests need no native file dialog.
    std::function<QString(const QString &suggested)> chooseSaveFile;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyQuery();
    // Suggestions for Who, and the empty table's explanation, after each load or filter.
    void followRows();
    void exportCsv();

    Workspace *m_workspace;
    QTableView *m_table;
    QLineEdit *m_actor;
    QComboBox *m_action;
    QComboBox *m_period;
    QPushButton *m_export;
    QLabel *m_note;
    QLabel *m_scope;
    QPushButton *m_clearScope;
    QStringList m_targets;
    QTimer *m_actorDebounce;
    QLabel *m_empty;
    QStringListModel m_knownActors; // every Who seen so far, for the completer
};

} // namespace insights
