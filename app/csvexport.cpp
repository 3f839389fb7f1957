#include "csvexport.h"

#include "csvcell.h"

#include <QElapsedTimer>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTableView>
#include <QThread>

namespace insights {

namespace {

// Owns the file on the writer thread: appends what it is given, commits at the end.
class CsvSink : public QObject
{
public:
    explicit CsvSink(const QString &path)
        : m_file(path)
    {}

    QString open() { return m_file.open(QIODevice::WriteOnly) ? QString() : m_file.errorString(); }
    void write(const QByteArray &bytes)
    {
        if (m_error.isEmpty() && m_file.write(bytes) != bytes.size())
            m_error = m_file.errorString();
    }
    QString commit()
    {
        if (!m_error.isEmpty()) {
            m_file.cancelWriting();
            return m_error;
        }
        return m_file.commit() ? QString() : m_file.errorString();
    }
    void cancel() { m_file.cancelWriting(); }

private:
    QSaveFile m_file;
    QString m_error;
};

} // namespace

QString CsvExport::cell(QString s)
{
    return csvSafe(std::move(s));
}

CsvExport *CsvExport::start(QTableView *view, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export customers"), QStringLiteral("customers.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return nullptr;
    auto *run = startTo(view->model(), path, parent);
    connect(run, &CsvExport::finished, parent, [parent](bool ok, const QString &message) {
        if (!ok && !message.isEmpty())
            QMessageBox::warning(parent, tr("Export"), message);
    });
    return run;
}

CsvExport *CsvExport::startTo(const QAbstractItemModel *model, const QString &path, QWidget *parent)
{
    return new CsvExport(model, path, parent);
}

CsvExport::CsvExport(const QAbstractItemModel *model, const QString &path, QWidget *parent)
    : QObject(parent)
    , m_model(model)
    , m_path(path)
    , m_dialog(new QProgressDialog(tr("Exporting to %1…").arg(path), tr("Cancel"), 0,
                                   model->rowCount(), parent))
    , m_writer(new QThread(this))
{
    m_dialog->setObjectName(QStringLiteral("exportProgress"));
    m_dialog->setWindowTitle(tr("Export"));
    m_dialog->setMinimumDuration(300);
    m_dialog->setValue(0);
    m_total = model->rowCount();
    auto *sink = new CsvSink(path);
    m_sink = sink;
    sink->moveToThread(m_writer);
    m_writer->start();
    QString error;
    QMetaObject::invokeMethod(
        sink, [sink] { return sink->open(); }, Qt::BlockingQueuedConnection, &error);
    if (!error.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, error] { finish(false, error); }, Qt::QueuedConnection);
        return;
    }
    connect(m_dialog, &QProgressDialog::canceled, this,
            [this] { finish(false, tr("Export canceled.")); });
    // The model may change under a long export: rows are read by number as they are then.
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << cell(model->headerData(c, Qt::Horizontal).toString());
    const QByteArray line = (header.join(u',') + u'\n').toUtf8();
    QMetaObject::invokeMethod(
        sink, [sink, line] { sink->write(line); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &CsvExport::nextSlice, Qt::QueuedConnection);
}

CsvExport::~CsvExport()
{
    m_writer->quit();
    m_writer->wait();
    delete m_sink;
    delete m_dialog;
}

void CsvExport::nextSlice()
{
    if (m_done)
        return;
    QElapsedTimer slice;
    slice.start();
    QByteArray bytes;
    const int columns = m_model->columnCount();
    const int total = qMin(m_total, m_model->rowCount());
    QStringList row;
    // About 15 ms a slice: the window keeps painting and answering.
    while (m_row < total && slice.elapsed() < 15) {
        for (int k = 0; k < 256 && m_row < total; ++k, ++m_row) {
            row.clear();
            for (int c = 0; c < columns; ++c)
                row << cell(m_model->index(m_row, c).data().toString());
            bytes += (row.join(u',') + u'\n').toUtf8();
        }
    }
    auto *sink = static_cast<CsvSink *>(m_sink);
    QMetaObject::invokeMethod(
        sink, [sink, bytes] { sink->write(bytes); }, Qt::QueuedConnection);
    m_dialog->setValue(m_row);
    emit progress(m_row, total);
    if (m_row < total) {
        QMetaObject::invokeMethod(this, &CsvExport::nextSlice, Qt::QueuedConnection);
        return;
    }
    // Committing (fsync and rename) happens on the writer; its answer comes back queued.
    QPointer<CsvExport> self(this);
    QMetaObject::invokeMethod(sink, [self, sink, total] {
        const QString error = sink->commit();
        QMetaObject::invokeMethod(
            self.data(),
            [self, error, total] {
                if (self)
                    self->finish(error.isEmpty(),
                                 error.isEmpty() ? (total == 1 ? tr("1 row exported.")
                                                               : tr("%1 rows exported.").arg(total))
                                                 : error);
            },
            Qt::QueuedConnection);
    });
}

void CsvExport::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (!ok) {
        auto *sink = static_cast<CsvSink *>(m_sink);
        QMetaObject::invokeMethod(
            sink, [sink] { sink->cancel(); }, Qt::BlockingQueuedConnection);
    }
    m_dialog->reset();
    emit finished(ok, message);
    deleteLater();
}

} // namespace insights
