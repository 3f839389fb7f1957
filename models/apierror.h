#pragma once

#include "verdict.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace insights {

// What went wrong with one request, typed so the UI can react (retry, sign in, show the
// message under a field) without ever looking at a QNetworkReply.
struct ApiError
{
    enum class Kind {
        None,
        Timeout,              // no answer within the job's timeout
        ConnectionRefused,    // nothing listens at the address
        HostNotFound,         // DNS
        Tls,                  // certificate or handshake; certificateDetails says which
        ConnectionLost,       // the connection broke in the middle
        InvalidResponse,      // not the JSON the contract promises
        BadRequest,           // 400
        Unauthorized,         // 401
        Forbidden,            // 403
        NotFound,             // 404
        Conflict,             // 409
        Gone,                 // 410
        PreconditionFailed,   // 412: changed elsewhere
        PayloadTooLarge,      // 413
        Validation,           // 422: fieldErrors says where
        PreconditionRequired, // 428
        TooManyRequests,      // 429
        Server,               // 5xx
        Network,              // any other transport failure
        Canceled,             // the caller canceled the job
    };
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // for a person: what happened and, where it helps, what to do
    QString detail;  // the server's own words, if any
    QList<FieldError> fieldErrors;
    QString certificateDetails; // for Tls: subject, issuer, validity and the errors
    int retryAfterSeconds = 0;

    bool isError() const { return kind != Kind::None; }
    // Worth retrying the same request later (the server or the network may recover).
    bool isTransient() const;
    // The first message for a field path ("tenant.name"), or empty.
    QString messageFor(QStringView field) const;

    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter);
    static QString kindName(Kind kind);
};

} // namespace insights
