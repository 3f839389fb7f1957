#pragma once

#include "apiclient.h"

#include <QObject>

#include <functional>
#include <utility>

namespace insights {

// What a call without a body of interest gives back.
struct Nothing
{};

// The typed answer of one REST call: the value (when ok), its ETag, and a typed error.
template <typename T> struct Result
{
    T value{};
    int status = 0;
    QByteArray etag;
    QByteArray operationLocation;
    bool replayed = false;
    ApiError error;

    bool ok() const { return !error.isError(); }
};

// One typed REST call in flight. The forms say `client->services().get(id).then(this, ...)`
// and never see a path, a member name or a QNetworkReply.
template <typename T> class Call
{
public:
    using Parser = std::function<T(const ApiResponse &)>;

    Call(ApiJob *job, Parser parse)
        : m_job(job)
        , m_parse(std::move(parse))
    {}

    // Calls fn(const Result<T> &) on context's thread once the answer is in; nothing if
    // context is gone by then.
    template <typename F> const Call &then(QObject *context, F &&fn) const
    {
        QObject::connect(m_job, &ApiJob::finished, context,
                         [parse = m_parse, fn = std::forward<F>(fn)](const ApiResponse &r) {
                             Result<T> out;
                             out.status = r.status;
                             out.etag = r.etag;
                             out.operationLocation = r.operationLocation;
                             out.replayed = r.replayed;
                             out.error = r.error;
                             if (r.ok() && parse)
                                 out.value = parse(r);
                             fn(out);
                         });
        return *this;
    }

    ApiJob *job() const { return m_job; }

private:
    ApiJob *m_job;
    Parser m_parse;
};

} // namespace insights
