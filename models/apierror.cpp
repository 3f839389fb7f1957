#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace insights {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::ConnectionRefused:
    case Kind::ConnectionLost:
    case Kind::Network:
        return true;
    case Kind::Server:
        return httpStatus != 501;
    default:
        return false;
    }
}

QString ApiError::messageFor(QStringView field) const
{
    for (const FieldError &e : fieldErrors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e;
    e.httpStatus = status;
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    e.detail = problem.value(QStringLiteral("detail")).toString();
    for (const QJsonValue &v : problem.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject o = v.toObject();
        e.fieldErrors << FieldError{o.value(QStringLiteral("field")).toString(),
                                    o.value(QStringLiteral("code")).toString(),
                                    o.value(QStringLiteral("message")).toString(), Severity::Error};
    }
    e.retryAfterSeconds = retryAfter.toInt();
    auto said = [&e](const QString &fallback) { return e.detail.isEmpty() ? fallback : e.detail; };
    switch (status) {
    case 400:
        e.kind = Kind::BadRequest;
        e.message =
            tr("The server could not read the request: %1").arg(said(tr("it was malformed")));
        break;
    case 401:
        e.kind = Kind::Unauthorized;
        e.message = tr("You are signed out. Sign in again to continue.");
        break;
    case 403:
        e.kind = Kind::Forbidden;
        e.message = tr("Your role may not do this.");
        break;
    case 404:
        e.kind = Kind::NotFound;
        e.message = tr("It no longer exists on the server.");
        break;
    case 409:
        e.kind = Kind::Conflict;
        e.message = said(tr("This conflicts with the current state on the server."));
        break;
    case 410:
        e.kind = Kind::Gone;
        e.message = tr("The server no longer has these changes; a full reload is needed.");
        break;
    case 412:
        e.kind = Kind::PreconditionFailed;
        e.message = tr("Someone changed this since you opened it. Reload it, or review the "
                       "differences, before saving.");
        break;
    case 413:
        e.kind = Kind::PayloadTooLarge;
        e.message = tr("The request is larger than the server accepts (1 MiB).");
        break;
    case 422:
        e.kind = Kind::Validation;
        e.message = e.fieldErrors.isEmpty() ? said(tr("The server refused the values."))
                    : e.fieldErrors.size() == 1
                        ? e.fieldErrors.constFirst().message
                        : tr("%1 fields need attention.").arg(e.fieldErrors.size());
        break;
    case 428:
        e.kind = Kind::PreconditionRequired;
        e.message = tr("The server needs the version you edited; reload and try again.");
        break;
    case 429:
        e.kind = Kind::TooManyRequests;
        e.message = e.retryAfterSeconds > 0
                        ? tr("Too many attempts. Try again in %1 s.").arg(e.retryAfterSeconds)
                        : tr("Too many attempts. Try again later.");
        break;
    default:
        if (status >= 500) {
            e.kind = Kind::Server;
            e.message = tr("The server failed (HTTP %1). Try again; if it persists, check the "
                           "server's log.")
                            .arg(status);
        } else {
            e.kind = Kind::InvalidResponse;
            e.message = tr("The server answered with an unexpected HTTP %1.").arg(status);
        }
    }
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::ConnectionRefused:
        return QStringLiteral("ConnectionRefused");
    case Kind::HostNotFound:
        return QStringLiteral("HostNotFound");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case Kind::InvalidResponse:
        return QStringLiteral("InvalidResponse");
    case Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::Gone:
        return QStringLiteral("Gone");
    case Kind::PreconditionFailed:
        return QStringLiteral("PreconditionFailed");
    case Kind::PayloadTooLarge:
        return QStringLiteral("PayloadTooLarge");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::PreconditionRequired:
        return QStringLiteral("PreconditionRequired");
    case Kind::TooManyRequests:
        return QStringLiteral("TooManyRequests");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Canceled:
        return QStringLiteral("Canceled");
    }
    return {};
}

} // namespace insights
