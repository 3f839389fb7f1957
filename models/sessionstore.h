#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <deque>

namespace QKeychain {
class Job;
}

namespace insights {

// Where the console keeps a profile's sign-in token between runs. An interface, so that tests
// can use a store that never reaches the system keychain. Every call answers later, by signal,
// on the caller's thread: the keychain's own calls are asynchronous (it may have to ask the
// user to unlock it), and a store that answered inside the call would let callers be written
// in a way that breaks on the real one.
//
// Each call ends with exactly one saved(), loaded() or forgotten(), in the order the calls were
// made. When the store refused a request, failed() comes just before that answer.
class SessionStore : public QObject
{
    Q_OBJECT

public:
    explicit SessionStore(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~SessionStore() override = default;

    virtual void save(const QString &profile, const QByteArray &token) = 0;
    virtual void load(const QString &profile) = 0;
    virtual void forget(const QString &profile) = 0;

    // True when a saved token survives a restart of the console.
    virtual bool isPersistent() const = 0;
    // Where tokens are kept, in words for the person signing in.
    virtual QString storageDescription() const = 0;

signals:
    // ok is false only when the store refused; the token is then kept nowhere.
    void saved(const QString &profile, bool ok);
    // An empty token when the profile has none (or it could not be read: see failed()).
    void loaded(const QString &profile, const QByteArray &token);
    // The request is done. After failed(), the keychain may still hold the token.
    void forgotten(const QString &profile);
    void persistenceChanged(bool persistent);
    // Why the request answered next was refused, for the person.
    void failed(const QString &profile, const QString &message);
};

// Keeps tokens in this process only: for tests, and for tools that must not touch a keychain.
// Answers queued, like the keychain, so that code tested against it is written for async.
class MemorySessionStore : public SessionStore
{
    Q_OBJECT

public:
    explicit MemorySessionStore(QObject *parent = nullptr);

    void save(const QString &profile, const QByteArray &token) override;
    void load(const QString &profile) override;
    void forget(const QString &profile) override;
    bool isPersistent() const override { return false; }
    QString storageDescription() const override;

private:
    QHash<QString, QByteArray> m_tokens;
};

// The console's store: the system keychain through QtKeychain (Secret Service or KWallet on
// Linux), one entry per profile under the service name. Where no keychain can be reached (a
// headless machine without a secret service), it keeps tokens in memory for the rest of its
// life, says so through persistenceChanged(false) and storageDescription(), and still answers
// every call. It never falls back to a file: QtKeychain's plain-text fallback stays off.
class KeychainSessionStore : public SessionStore
{
    Q_OBJECT

public:
    explicit KeychainSessionStore(const QString &service = defaultService(),
                                  QObject *parent = nullptr);

    static QString defaultService(); // "insights-console"
    QString service() const { return m_service; }

    void save(const QString &profile, const QByteArray &token) override;
    void load(const QString &profile) override;
    void forget(const QString &profile) override;
    // The keychain is not probed ahead of the first call, so this is true until it has failed.
    bool isPersistent() const override { return !m_inMemory; }
    QString storageDescription() const override;

private:
    enum class Kind { Save, Load, Forget };
    struct Request
    {
        Kind kind = Kind::Load;
        QString profile;
        QByteArray token;
    };

    void enqueue(Request request);
    void scheduleNext();
    void startNext();
    void onJobFinished(QKeychain::Job *job);
    void switchToMemory(const QString &reason);
    void answerFromMemory(const Request &request);
    void answer(const Request &request, bool ok, const QByteArray &token, const QString &refusal);

    QString m_service;
    // One request at a time, so that answers keep the order of the calls even when the store
    // changes to memory between two of them. The front one is running while m_busy.
    std::deque<Request> m_queue;
    bool m_busy = false;
    bool m_inMemory = false;
    QString m_unavailableReason;
    QHash<QString, QByteArray> m_memory;
};

} // namespace insights
