#pragma once

// The hostile corpus of tst_serverrobustness.cpp: its rows, the ids they aim at, and what its
// two halves (hostilebodies.cpp, hostilerequests.cpp) share.
#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace insights::test {

// One row of the corpus.
struct Hostile
{
    QByteArray label;
    QByteArray method;
    QByteArray path; // percent-encoded as sent, query included
    QByteArray body;
    bool withToken = true;
    QByteArrayList headers; // "Name: value"
    int expected = 0;       // 0: any 4xx
};

// What the test's server holds when the corpus is sent: one customer with one service (its
// deployment settled at PendingConsents), and the admin's session.
struct HostileTargets
{
    QString customerId;
    QString serviceId;
    QString operationId; // the service's deployment
    QString quickStartToken;
    QString laterConsentId; // a consent that must wait for m365-login; empty if none
    QByteArray token;       // the admin's bearer token
};

// Malformed, mistyped, oversized and otherwise hostile JSON bodies for every endpoint that reads
// one (hostilebodies.cpp).
QList<Hostile> hostileBodies(const HostileTargets &fixture);
// Odd path ids, query parameters, headers, tokens, methods, paths, states and sizes
// (hostilerequests.cpp).
QList<Hostile> hostileRequests(const HostileTargets &fixture);

// Appends rows to `rows`; the defaults are those most rows share.
struct AddHostile
{
    QList<Hostile> &rows;
    void operator()(QByteArray label, QByteArray method, QByteArray path, QByteArray body = {},
                    bool withToken = true, QByteArrayList headers = {}, int expected = 0) const;
};

// o as one line of JSON.
QByteArray compact(const QJsonObject &o);

// A service body that would be valid on its own (the existing customer already has a service,
// so even this is a 409 here).
QJsonObject validServiceJson();

} // namespace insights::test
