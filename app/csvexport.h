#pragma once

#include <QObject>

class QAbstractItemModel;
class QProgressDialog;
class QSaveFile;
class QTableView;
class QThread;
class QWidget;

namespace insights {

// Exports a table's visible rows to CSV without freezing the window: rows are formatted in
// slices of a few milliseconds between events, and written by a worker thread into a
// QSaveFile, so the file appears whole or not at all. Progress and Cancel in a dialog.
class CsvExport : public QObject
{
    Q_OBJECT

public:
    // Asks for the file name, then runs; the object deletes itself when done.
    static CsvExport *start(QTableView *view, QWidget *parent);
    // Without asking (tests): the export to path starts at once.
    static CsvExport *startTo(const QAbstractItemModel *model, const QString &path,
                              QWidget *parent);

    // One cell, safe in a spreadsheet and RFC 4180-quoted (validators/csvcell.h).
    static QString cell(QString s);

signals:
    void progress(int rows, int total);
    // ok false: canceled or failed, with the reason.
    void finished(bool ok, const QString &message);

private:
    CsvExport(const QAbstractItemModel *model, const QString &path, QWidget *parent);
    ~CsvExport() override;
    void nextSlice();
    void finish(bool ok, const QString &message);

    const QAbstractItemModel *m_model;
    QString m_path;
    QProgressDialog *m_dialog;
    QThread *m_writer;
    QObject *m_sink; // lives on m_writer, owns the QSaveFile
    int m_row = 0;
    int m_total = 0;
    bool m_done = false;
};

} // namespace insights
