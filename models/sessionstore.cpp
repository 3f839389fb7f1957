#include "sessionstore.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>
#include <QPointer>

namespace insights {

namespace {

// Errors that mean no keychain answers here, as opposed to one that answered no. On Linux every
// backend talks over D-Bus: without a session bus or a secret service, libsecret and KWallet end
// in OtherError carrying the D-Bus message, and a locked collection that cannot show its unlock
// prompt (no display) in AccessDenied. Telling those OtherErrors from others would mean matching
// the backends' message texts; falling back on all of them costs at worst a sign-in after a
// restart, and the person is told.
bool meansNoKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
        return false;
    }
    return false;
}

} // namespace

MemorySessionStore::MemorySessionStore(QObject *parent)
    : SessionStore(parent)
{}

// The hash changes at the call and only the answer is queued: answers and contents both follow
// the order of the calls. A queued answer dies with the store.
void MemorySessionStore::save(const QString &profile, const QByteArray &token)
{
    m_tokens.insert(profile, token);
    QMetaObject::invokeMethod(
        this, [this, profile] { emit saved(profile, true); }, Qt::QueuedConnection);
}

void MemorySessionStore::load(const QString &profile)
{
    const QByteArray token = m_tokens.value(profile);
    QMetaObject::invokeMethod(
        this, [this, profile, token] { emit loaded(profile, token); }, Qt::QueuedConnection);
}

void MemorySessionStore::forget(const QString &profile)
{
    m_tokens.remove(profile);
    QMetaObject::invokeMethod(
        this, [this, profile] { emit forgotten(profile); }, Qt::QueuedConnection);
}

QString MemorySessionStore::storageDescription() const
{
    return tr("memory only: tokens are kept until the console quits, so you will sign in again "
              "after a restart");
}

KeychainSessionStore::KeychainSessionStore(const QString &service, QObject *parent)
    : SessionStore(parent)
    , m_service(service)
{}

QString KeychainSessionStore::defaultService()
{
    return QStringLiteral("insights-console");
}

void KeychainSessionStore::save(const QString &profile, const QByteArray &token)
{
    enqueue({Kind::Save, profile, token});
}

void KeychainSessionStore::load(const QString &profile)
{
    enqueue({Kind::Load, profile, {}});
}

void KeychainSessionStore::forget(const QString &profile)
{
    enqueue({Kind::Forget, profile, {}});
}

QString KeychainSessionStore::storageDescription() const
{
    if (!m_inMemory)
        return tr("the system keychain");
    return tr("memory only: the system keychain cannot be reached (%1), so you will sign in "
              "again after a restart")
        .arg(m_unavailableReason);
}

void KeychainSessionStore::enqueue(Request request)
{
    m_queue.push_back(std::move(request));
    if (m_busy)
        return;
    m_busy = true;
    scheduleNext();
}

// Queued, so that no answer comes from inside the call that asked, and so that a slot that
// deletes the store leaves nothing behind that would run.
void KeychainSessionStore::scheduleNext()
{
    QMetaObject::invokeMethod(this, &KeychainSessionStore::startNext, Qt::QueuedConnection);
}

void KeychainSessionStore::startNext()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    if (m_inMemory) {
        const Request request = std::move(m_queue.front());
        m_queue.pop_front();
        answerFromMemory(request);
        return;
    }

    const Request &request = m_queue.front();
    // Not a child of the store: a backend's callback may still hold a job whose call is out,
    // and not every backend can cancel it, so a job must only ever delete itself, once
    // finished. The connection ends with the store.
    QKeychain::Job *job = nullptr;
    switch (request.kind) {
    case Kind::Save: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(request.token);
        job = write;
        break;
    }
    case Kind::Load:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Kind::Forget:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(request.profile);
    job->setAutoDelete(true);
    // Its default already, but this is the line that keeps tokens out of a settings file.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, &KeychainSessionStore::onJobFinished);
    job->start();
}

void KeychainSessionStore::onJobFinished(QKeychain::Job *job)
{
    if (!m_busy || m_queue.empty())
        return;
    const Request request = std::move(m_queue.front());
    m_queue.pop_front();

    const QKeychain::Error error = job->error();
    if (meansNoKeychain(error)) {
        QPointer<KeychainSessionStore> alive(this);
        switchToMemory(job->errorString());
        if (alive)
            answerFromMemory(request);
        return;
    }

    const bool ok = error == QKeychain::NoError ||
                    (error == QKeychain::EntryNotFound && request.kind != Kind::Save);
    QByteArray token;
    if (request.kind == Kind::Load && error == QKeychain::NoError) {
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            token = read->binaryData();
    }
    const QString refusal =
        ok ? QString() : tr("The system keychain refused: %1").arg(job->errorString());
    answer(request, ok, token, refusal);
}

void KeychainSessionStore::switchToMemory(const QString &reason)
{
    if (m_inMemory)
        return;
    m_inMemory = true;
    m_unavailableReason = reason.isEmpty() ? tr("no keychain service answered") : reason;
    emit persistenceChanged(false);
}

void KeychainSessionStore::answerFromMemory(const Request &request)
{
    QByteArray token;
    switch (request.kind) {
    case Kind::Save:
        m_memory.insert(request.profile, request.token);
        break;
    case Kind::Load:
        token = m_memory.value(request.profile);
        break;
    case Kind::Forget:
        m_memory.remove(request.profile);
        break;
    }
    answer(request, true, token, {});
}

void KeychainSessionStore::answer(const Request &request, bool ok, const QByteArray &token,
                                  const QString &refusal)
{
    scheduleNext();
    if (!refusal.isEmpty()) {
        QPointer<KeychainSessionStore> alive(this);
        emit failed(request.profile, refusal);
        if (!alive)
            return;
    }
    switch (request.kind) {
    case Kind::Save:
        emit saved(request.profile, ok);
        break;
    case Kind::Load:
        emit loaded(request.profile, token);
        break;
    case Kind::Forget:
        emit forgotten(request.profile);
        break;
    }
}

} // namespace insights
