#include "resthelpers.h"

#include <QJsonDocument>

namespace insights::server::rest {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QByteArray etag(qint64 version)
{
    return "\"v" + QByteArray::number(version) + '"';
}

HttpResponse withEtag(HttpResponse r, qint64 version)
{
    return r.withHeader("ETag", etag(version));
}

std::optional<QJsonObject> readObject(const HttpRequest &r, HttpResponse *error)
{
    if (r.body.trimmed().isEmpty()) {
        *error = HttpResponse::problem(400, problemMalformed,
                                       Problems::tr("A JSON object is "
                                                    "required"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = HttpResponse::problem(400, problemMalformed,
                                       Problems::tr("The body is not valid JSON (%1 at byte %2)")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = HttpResponse::problem(400, problemMalformed,
                                       Problems::tr("The body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

HttpResponse fromProblems(const JsonProblems &p, const QList<FieldError> &more)
{
    if (!p.shapeErrors.isEmpty())
        return HttpResponse::problem(400, problemMalformed,
                                     Problems::tr("Wrong types or unknown members"), p.shapeErrors);
    return HttpResponse::problem(422, problemInvalid, Problems::tr("See errors for each field"),
                                 p.valueErrors + more);
}

FieldError fieldError(const QString &field, const QString &code, const QString &message)
{
    return FieldError{field, code, message, Severity::Error};
}

void addVerdict(QList<FieldError> &errors, const QString &field, const Verdict &v)
{
    if (!v.isAcceptable())
        errors << fieldError(field, v.code, v.message);
}

QHash<QString, QString> readStrings(const QJsonObject &o, const QStringList &allowed,
                                    const QStringList &required, JsonProblems &p)
{
    QHash<QString, QString> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            p.shapeErrors << fieldError(it.key(), QStringLiteral("unknown-member"),
                                        Problems::tr("is not a member of this object"));
        else if (!it.value().isString())
            p.shapeErrors << fieldError(it.key(), QStringLiteral("wrong-type"),
                                        Problems::tr("must be a string"));
        else
            out.insert(it.key(), it.value().toString());
    }
    for (const QString &k : required) {
        if (!o.contains(k))
            p.valueErrors << fieldError(k, QStringLiteral("required"), Problems::tr("Required"));
    }
    return out;
}

QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

std::optional<QHash<QString, QString>> readForm(const HttpRequest &r, const QList<Member> &members,
                                                HttpResponse *error, const QStringList &ignored)
{
    std::optional<QJsonObject> body = readObject(r, error);
    if (!body)
        return std::nullopt;
    for (const QString &k : ignored)
        body->remove(k);
    QStringList allowed, required;
    for (const Member &m : members) {
        allowed << m.name;
        if (m.required)
            required << m.name;
    }
    JsonProblems p;
    const QHash<QString, QString> values = readStrings(*body, allowed, required, p);
    if (!p.shapeErrors.isEmpty()) {
        *error = fromProblems(p);
        return std::nullopt;
    }
    QList<FieldError> errors = p.valueErrors;
    for (const Member &m : members) {
        if (m.rule && values.contains(m.name))
            addVerdict(errors, m.name, m.rule(values.value(m.name)));
    }
    if (!errors.isEmpty()) {
        *error = HttpResponse::problem(422, problemInvalid,
                                       Problems::tr("See errors for each "
                                                    "field"),
                                       errors);
        return std::nullopt;
    }
    return values;
}

QString encodeCursor(qint64 position)
{
    return QString::fromLatin1(QByteArray::number(position).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const qint64 v = decoded ? decoded.decoded.toLongLong(&ok) : 0;
    if (!ok || v < 0 || !cursor.toLatin1().size() || cursor.size() > 32)
        return std::nullopt;
    return v;
}

bool readPaging(const HttpRequest &r, int *limit, qint64 *position, HttpResponse *error,
                const QString &cursorName)
{
    *limit = 100;
    const QString limitText = r.query.queryItemValue(QStringLiteral("limit"));
    if (r.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        *limit = limitText.toInt(&ok);
        if (!ok || *limit < 1 || *limit > 1000) {
            *error = HttpResponse::problem(
                400, problemMalformed, Problems::tr("limit must be a whole number from 1 to 1000"),
                {fieldError(QStringLiteral("limit"), QStringLiteral("out-of-range"),
                            Problems::tr("must be from 1 to 1000"))});
            return false;
        }
    }
    const auto decoded = decodeCursor(r.query.queryItemValue(cursorName, QUrl::FullyDecoded));
    if (!decoded) {
        *error = HttpResponse::problem(
            400, problemMalformed,
            Problems::tr("%1 is not a cursor this server issued").arg(cursorName),
            {fieldError(cursorName, QStringLiteral("invalid-cursor"),
                        Problems::tr("unknown cursor"))});
        return false;
    }
    *position = *decoded;
    return true;
}

HttpResponse listResponse(const QJsonArray &items, qint64 next)
{
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("nextCursor"),
                          next > 0 ? QJsonValue(encodeCursor(next)) : QJsonValue::Null}});
}

std::optional<HttpResponse> checkIfMatch(const HttpRequest &r, qint64 version)
{
    const QByteArray ifMatch = r.header("If-Match").trimmed();
    if (ifMatch.isEmpty())
        return HttpResponse::problem(428, {},
                                     Problems::tr("Send If-Match with the ETag you last read"));
    if (ifMatch == "*")
        return std::nullopt;
    for (QByteArray tag : ifMatch.split(',')) {
        if (tag.trimmed() == etag(version))
            return std::nullopt;
    }
    return withEtag(HttpResponse::problem(412, {},
                                          Problems::tr("The object changed since you read it; "
                                                       "read it again and reapply your change")),
                    version);
}

HttpResponse notFound(const QString &what)
{
    // Whole sentences, so each language can inflect the noun.
    static const QHash<QString, const char *> sentences{
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("Problems", "No customer with this id")},
        {QStringLiteral("service"), QT_TRANSLATE_NOOP("Problems", "No service with this id")},
        {QStringLiteral("operation"), QT_TRANSLATE_NOOP("Problems", "No operation with this id")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("Problems", "No import with this id")},
        {QStringLiteral("storage location"),
         QT_TRANSLATE_NOOP("Problems", "No storage location with this id")}};
    const char *sentence = sentences.value(what);
    return HttpResponse::problem(
        404, {}, sentence ? Problems::tr(sentence) : Problems::tr("No %1 with this id").arg(what));
}

} // namespace insights::server::rest
