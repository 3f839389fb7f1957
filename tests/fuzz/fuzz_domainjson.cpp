// DomainJson's strict reading of request bodies (a service, a customer, a new service, an
// operator, a console user, tenant and compliance settings) and its lenient reading of the
// change feed the console syncs from. The first byte picks the reader.
#include "domainjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace insights;

namespace {

// What the server accepted, written back out, is accepted again unchanged.
void roundTrip(const QJsonObject &o)
{
    JsonProblems first;
    const ServiceDraft draft = DomainJson::serviceDraftFromJson(o, &first);
    if (!first.isEmpty())
        return;
    JsonProblems second;
    const ServiceDraft again = DomainJson::serviceDraftFromJson(DomainJson::toJson(draft), &second);
    if (!second.isEmpty() || !(again == draft))
        std::abort();
}

void feedPage(const QJsonObject &page)
{
    for (const QJsonValue &v : page.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString kind = c.value(QStringLiteral("kind")).toString();
        const QJsonObject object = c.value(QStringLiteral("object")).toObject();
        if (kind == QLatin1String("customer"))
            (void)DomainJson::toJson(DomainJson::customerFromJson(object));
        else if (kind == QLatin1String("service"))
            (void)DomainJson::toJson(DomainJson::serviceFromJson(object));
        else
            (void)DomainJson::toJson(DomainJson::operationFromJson(object));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    JsonProblems p;
    switch (data[0] % 9) {
    case 0:
        roundTrip(o);
        break;
    case 1:
        (void)DomainJson::serviceFromJson(o, &p);
        break;
    case 2:
        (void)DomainJson::customerFromJson(o, &p);
        break;
    case 3:
        (void)DomainJson::tenantFromJson(o, &p);
        break;
    case 4:
        (void)DomainJson::complianceFromJson(o, &p);
        break;
    case 5:
        (void)DomainJson::customerOperatorFromJson(o, &p);
        break;
    case 6:
        (void)DomainJson::consoleUserFromJson(o, &p);
        break;
    case 7:
        (void)DomainJson::operationFromJson(o, &p);
        break;
    default:
        feedPage(o);
        break;
    }
    // Every problem names the member it is about.
    for (const auto *list : {&p.shapeErrors, &p.valueErrors})
        for (const FieldError &e : *list)
            if (e.code.isEmpty())
                std::abort();
    return 0;
}
