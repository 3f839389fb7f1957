// ApiClient's public API does not show QNetworkReply: not in the public headers' exposed
// sections, not in the meta-objects' signals, slots and invokables.
#include "apiclient.h"

#include <QFile>
#include <QMetaMethod>
#include <QRegularExpression>
#include <QTest>

#ifndef INSIGHTS_MODELS_DIR
#error "Define INSIGHTS_MODELS_DIR as a string literal naming the models source folder"
#endif

using namespace insights;

class TestApiClientPublicApi : public QObject
{
    Q_OBJECT

private slots:
    void publicHeadersHideQNetworkReply_data()
    {
        QTest::addColumn<QString>("header");
        QTest::newRow("apiclient.h") << "apiclient.h";
        QTest::newRow("apierror.h") << "apierror.h";
    }
    void publicHeadersHideQNetworkReply()
    {
        QFETCH(QString, header);
        QFile file(QString(INSIGHTS_MODELS_DIR) + "/" + header);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
        QString text = QString::fromUtf8(file.readAll());
        QVERIFY(!text.isEmpty());
        // Comments may mention it.
        text.remove(
            QRegularExpression("/\\*.*?\\*/", QRegularExpression::DotMatchesEverythingOption));
        text.remove(QRegularExpression("//[^\\n]*"));

        static const QRegularExpression classHead("^(class|struct)\\s+\\w+");
        static const QRegularExpression exposedSection("^(public|protected|signals|Q_SIGNALS)\\b");
        const QStringList lines = text.split('\n');
        bool exposed = true; // namespace scope
        int classes = 0;
        QStringList leaks;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (classHead.match(line).hasMatch() && !line.endsWith(';')) {
                exposed = line.startsWith("struct"); // a class starts private
                ++classes;
            } else if (exposedSection.match(line).hasMatch()) {
                exposed = true;
            } else if (line.startsWith("private")) {
                exposed = false;
            } else if (line.startsWith("};")) {
                exposed = true; // back at namespace scope
            }
            if (!line.contains("QNetworkReply"))
                continue;
            if (line == "class QNetworkReply;") // the forward declaration
                continue;
            if (exposed)
                leaks << QString("%1:%2: %3").arg(header).arg(i + 1).arg(line);
        }
        QVERIFY2(classes > 0, "no class or struct found; is this the right file?");
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    }

    void metaObjectsHideQNetworkReply()
    {
        for (const QMetaObject *mo : {&ApiClient::staticMetaObject, &ApiJob::staticMetaObject}) {
            for (int i = mo->methodOffset(); i < mo->methodCount(); ++i) {
                const QMetaMethod method = mo->method(i);
                if (method.access() == QMetaMethod::Private)
                    continue;
                const QByteArray what = QByteArray(mo->className()) +
                                        "::" + method.methodSignature() + " returns " +
                                        method.typeName();
                QVERIFY2(!what.contains("QNetworkReply"), what.constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestApiClientPublicApi)
#include "tst_apiclientpublicapi.moc"
