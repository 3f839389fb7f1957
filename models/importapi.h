#pragma once

#include "apicall.h"

#include <QStringList>

namespace insights {

// Bulk onboarding from CSV (api.md 1.1), as the console sees it.
struct ImportCellError
{
    QString field; // the column ("adminUpns[1]")
    QString code;  // the rule
    QString message;
    QString value; // the cell as the file has it
};

struct ImportRowResult
{
    int row = 0;    // as the spreadsheet shows it: the header is row 1
    QString status; // Valid, Invalid, Created, Failed
    QString customer;
    QString customerId;
    QString serviceId;
    QList<ImportCellError> errors;
};

struct ImportJob
{
    QString id;
    QString status; // Validating, Running, Succeeded, CompletedWithErrors, Failed
    bool dryRun = true;
    int total = 0;
    int checked = 0;
    int valid = 0;
    int invalid = 0;
    int created = 0;
    int failed = 0;
    QString createdBy;
    QDateTime createdAt;
    QList<ImportRowResult> rows;

    bool isFinished() const;
    // 0 to 100: the check, then (for a real run) the creation of the valid rows.
    int percent() const;
};

class ImportsApi
{
public:
    explicit ImportsApi(ApiClient *client)
        : m_client(client)
    {}

    // Starts a job on the file (UTF-8 CSV): a dry run checks only.
    Call<ImportJob> start(const QByteArray &csv, bool dryRun) const;
    // withRows false: the counts only (a progress poll).
    Call<ImportJob> get(const QString &id, bool withRows) const;
    // The newest job, without its rows (id empty when there is none).
    Call<ImportJob> latest() const;

    // The header row and two example rows (an Essential and a Pro tenant).
    static QByteArray templateCsv();
    // The job's rows as CSV (row, status, customer, field, rule, value, message), one line
    // per error, for the person who fixes the file.
    static QByteArray reportCsv(const ImportJob &job);

private:
    ApiClient *m_client;
};

} // namespace insights
