#include "azurite.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

namespace insights::test {

namespace {

const QString sasVersion = QStringLiteral("2021-12-02");

QString isoSeconds(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// An account SAS's string to sign ends with a line break, a service SAS's does not.
QString sign(const QByteArray &key, const QStringList &fields, bool finalBreak = true)
{
    const QByteArray toSign = fields.join(u'\n').toUtf8() + (finalBreak ? "\n" : "");
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(toSign, key, QCryptographicHash::Sha256).toBase64());
}

} // namespace

Azurite::Azurite()
    : m_accounts{{QStringLiteral("primaryacct"), QByteArrayLiteral("primary-account-key-0001")},
                 {QStringLiteral("replicaacct"), QByteArrayLiteral("replica-account-key-0002")}}
{}

Azurite::~Azurite()
{
    stop();
}

bool Azurite::start()
{
    // A free port is found by binding and closing one; another test running in parallel may
    // take it before Azurite binds it. Then a new port is picked, unless this is a restart,
    // which must keep its port.
    const bool firstStart = m_port == 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (startOnce())
            return true;
        if (!firstStart || !m_error.contains(QLatin1String("EADDRINUSE")))
            return false;
        m_port = 0;
    }
    return false;
}

bool Azurite::startOnce()
{
    const QString executable = QStringLiteral(INSIGHTS_AZURITE);
    if (!QFile::exists(executable)) {
        m_error = executable + QStringLiteral(" is missing: ./setup.sh test installs Azurite");
        return false;
    }
    if (m_port == 0) { // a free port, kept across restarts
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    QStringList accounts;
    for (const Account &a : std::as_const(m_accounts))
        accounts << a.name + u':' + QString::fromLatin1(a.key.toBase64());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AZURITE_ACCOUNTS"), accounts.join(u';'));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(executable, {QStringLiteral("--blobHost"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("--blobPort"), QString::number(m_port),
                                 QStringLiteral("--location"), m_dir.path(),
                                 QStringLiteral("--disableTelemetry"),
                                 QStringLiteral("--skipApiVersionCheck")});
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains("successfully listens")) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_error = QStringLiteral("Azurite did not start: ") + QString::fromUtf8(out);
            return false;
        }
        m_process.waitForReadyRead(100);
        out += m_process.readAll();
    }
    return true;
}

void Azurite::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM first: Azurite writes its metadata out, so its containers outlive the stop.
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

QString Azurite::serviceUrl(const QString &account) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(account);
}

QByteArray Azurite::keyOf(const QString &account) const
{
    for (const Account &a : m_accounts) {
        if (a.name == account)
            return a.key;
    }
    return {};
}

QString Azurite::accountSas(const QString &account, const QDateTime &expiry,
                            const QByteArray &wrongKey, const QString &permissions) const
{
    const QString se =
        isoSeconds(expiry.isValid() ? expiry : QDateTime::currentDateTimeUtc().addDays(1));
    const QString sp = permissions.isEmpty() ? QStringLiteral("rwdlac") : permissions;
    // The account SAS of versions from 2020-12-06: the encryption scope line included.
    const QString sig =
        sign(wrongKey.isEmpty() ? keyOf(account) : wrongKey, {account,
                                                              sp,
                                                              QStringLiteral("b"),
                                                              QStringLiteral("sco"),
                                                              {},
                                                              se,
                                                              {},
                                                              QStringLiteral("https,http"),
                                                              sasVersion,
                                                              {}});
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sv"), sasVersion);
    q.addQueryItem(QStringLiteral("ss"), QStringLiteral("b"));
    q.addQueryItem(QStringLiteral("srt"), QStringLiteral("sco"));
    q.addQueryItem(QStringLiteral("sp"), sp);
    q.addQueryItem(QStringLiteral("se"), se);
    q.addQueryItem(QStringLiteral("spr"), QStringLiteral("https,http"));
    q.addQueryItem(QStringLiteral("sig"), QString::fromLatin1(QUrl::toPercentEncoding(sig)));
    return q.toString(QUrl::FullyEncoded);
}

QString Azurite::containerSasUrl(const QString &account, const QString &container,
                                 const QString &permissions, const QDateTime &expiry,
                                 const QByteArray &wrongKey) const
{
    const QString se =
        isoSeconds(expiry.isValid() ? expiry : QDateTime::currentDateTimeUtc().addDays(30));
    // A service SAS for a container (sr=c), version 2020-12-06 and later.
    const QString canonical = QStringLiteral("/blob/%1/%2").arg(account, container);
    const QString sig = sign(wrongKey.isEmpty() ? keyOf(account) : wrongKey,
                             {permissions,
                              {},
                              se,
                              canonical,
                              {},
                              {},
                              QStringLiteral("https,http"),
                              sasVersion,
                              QStringLiteral("c"),
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              {}},
                             false);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sv"), sasVersion);
    q.addQueryItem(QStringLiteral("sr"), QStringLiteral("c"));
    q.addQueryItem(QStringLiteral("sp"), permissions);
    q.addQueryItem(QStringLiteral("se"), se);
    q.addQueryItem(QStringLiteral("spr"), QStringLiteral("https,http"));
    q.addQueryItem(QStringLiteral("sig"), QString::fromLatin1(QUrl::toPercentEncoding(sig)));
    return serviceUrl(account) + u'/' + container + u'?' + q.toString(QUrl::FullyEncoded);
}

QString Azurite::writeAccountsFile(const QHash<QString, QString> &locationToAccount) const
{
    QJsonObject o;
    for (auto it = locationToAccount.begin(); it != locationToAccount.end(); ++it)
        o.insert(it.key(), QJsonObject{{QStringLiteral("serviceUrl"), serviceUrl(it.value())},
                                       {QStringLiteral("sas"), accountSas(it.value())}});
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("storage-accounts.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(o).toJson());
    return path;
}

int Azurite::request(const QByteArray &method, const QString &url, QByteArray *body) const
{
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("x-ms-version", sasVersion.toLatin1());
    QNetworkReply *reply = nam.sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return status;
}

int Azurite::putBlobs(const QString &account, const QString &container, int count, int bytes,
                      const QString &prefix) const
{
    // Many at once on one manager (it keeps several connections open), all awaited.
    QNetworkAccessManager nam;
    const QByteArray content(bytes, 'r');
    const QString sas = accountSas(account);
    int pending = 0;
    int created = 0;
    int next = 0;
    QEventLoop loop;
    std::function<void()> sendOne = [&] {
        const QString url = QStringLiteral("%1/%2/%3%4?%5")
                                .arg(serviceUrl(account), container, prefix)
                                .arg(next++)
                                .arg(sas);
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("x-ms-version", sasVersion.toLatin1());
        request.setRawHeader("x-ms-blob-type", "BlockBlob");
        QNetworkReply *reply = nam.put(request, content);
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                ++created;
            reply->deleteLater();
            --pending;
            if (next < count)
                sendOne();
            else if (pending == 0)
                loop.quit();
        });
    };
    for (int i = 0; i < 16 && next < count; ++i)
        sendOne();
    if (pending > 0)
        loop.exec();
    return created;
}

int Azurite::blobCount(const QString &account, const QString &container) const
{
    QByteArray body;
    if (request("GET",
                serviceUrl(account) + u'/' + container +
                    QStringLiteral("?restype=container&comp=list&") + accountSas(account),
                &body) != 200)
        return -1;
    return int(body.count("<Blob>"));
}

bool Azurite::containerExists(const QString &account, const QString &container) const
{
    return request("GET", serviceUrl(account) + u'/' + container +
                              QStringLiteral("?restype=container&") + accountSas(account)) == 200;
}

bool Azurite::createContainer(const QString &account, const QString &container) const
{
    const int status =
        request("PUT", serviceUrl(account) + u'/' + container +
                           QStringLiteral("?restype=container&") + accountSas(account));
    return status == 201 || status == 409;
}

} // namespace insights::test
