#pragma once

#include "domainjson.h"
#include "http.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

// The request and response plumbing every group of routes shares: strict JSON bodies,
// problem+json answers, paging cursors, ETags and If-Match.
namespace insights::server::rest {

inline const QString problemMalformed = QStringLiteral("Malformed request");
inline const QString problemInvalid = QStringLiteral("Validation failed");

qint64 nowMs();
QDateTime now();

QByteArray etag(qint64 version);
HttpResponse withEtag(HttpResponse r, qint64 version);
// 428 without If-Match, 412 when it names another version.
std::optional<HttpResponse> checkIfMatch(const HttpRequest &r, qint64 version);

// The body as a JSON object, or a 400 that says what is wrong with it.
std::optional<QJsonObject> readObject(const HttpRequest &r, HttpResponse *error);
// 400 for shape errors, otherwise 422 with the value errors and `more`.
HttpResponse fromProblems(const JsonProblems &p, const QList<FieldError> &more = {});
FieldError fieldError(const QString &field, const QString &code, const QString &message);
void addVerdict(QList<FieldError> &errors, const QString &field, const Verdict &v);
// Strict reading of a small flat object of strings: every member must be a string and known.
QHash<QString, QString> readStrings(const QJsonObject &o, const QStringList &allowed,
                                    const QStringList &required, JsonProblems &p);
// A string as a JSON literal, quotes and escapes included.
QByteArray jsonString(const QString &s);

struct Member
{
    QString name;
    bool required;
    Verdict (*rule)(QStringView); // may be null: any string
};

// A flat JSON object of strings, each checked by its rule: 400 for a wrong type or an unknown
// member, 422 with every broken rule at once. Members in `ignored` (read-only members a client
// echoes back) are skipped.
std::optional<QHash<QString, QString>> readForm(const HttpRequest &r, const QList<Member> &members,
                                                HttpResponse *error,
                                                const QStringList &ignored = {});

QString encodeCursor(qint64 position);
std::optional<qint64> decodeCursor(const QString &cursor);
// limit (1–1000, default 100) and cursor from the query; a bad value is a 400.
bool readPaging(const HttpRequest &r, int *limit, qint64 *position, HttpResponse *error,
                const QString &cursorName = QStringLiteral("cursor"));
HttpResponse listResponse(const QJsonArray &items, qint64 next);

HttpResponse notFound(const QString &what);

} // namespace insights::server::rest
