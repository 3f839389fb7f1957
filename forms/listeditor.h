#pragma once

#include "verdict.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace insights {

// Contact emails and admin UPNs: type, Enter or Add adds; invalid entries and duplicates
// are refused with a message; Remove takes the selected entry out. A warning function may
// mark entries yellow (a UPN whose domain is not the tenant's).
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    using Rule = std::function<Verdict(QStringView)>;
    using Warning = std::function<QString(const QString &entry)>;

    ListEditor(const QString &objectName, const QString &accessibleName, Rule rule,
               QWidget *parent = nullptr);

    void setWarning(Warning warning);
    void setMaxEntries(int n) { m_max = n; }
    QStringList entries() const { return m_entries; }
    void setEntries(const QStringList &entries);
    // Re-evaluates the warnings (after the tenant domain changed).
    void refreshWarnings();
    void setServerMessage(const QString &message);
    QLineEdit *input() const { return m_input; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool add();
    void removeSelected();
    void rebuild();
    void showMessage(const QString &message);

    QLineEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_list;
    QLabel *m_message;
    QLabel *m_emptyHint;
    Rule m_rule;
    Warning m_warning;
    QStringList m_entries;
    int m_max = 20;
};

} // namespace insights
