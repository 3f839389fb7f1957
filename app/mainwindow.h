#pragma once

#include <QMainWindow>

class QStackedWidget;
class QActionGroup;

namespace insights {

// The console's window: the Customers, Services and Audit trail pages, switched with
// Ctrl+1..3. The pages' contents arrive with the model layer and the forms.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    enum Page { CustomersPage, ServicesPage, AuditPage };
    void showPage(Page page);
    Page currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makePage(const QString &objectName, const QString &title);

    QStackedWidget *m_pages = nullptr;
    QActionGroup *m_pageActions = nullptr;
};

} // namespace insights
