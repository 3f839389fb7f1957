#pragma once

#include "domain.h"

#include <QCoreApplication>

namespace insights {

// How statuses read to a person (the wire spellings are in domain.h), shared by every table.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString health(HealthStatus s);
    static QString deployment(DeploymentStatus s);
    static QString userType(UserType t);
    // An audit action as a person reads it ("customer.create" → "Customer created"); an
    // action it does not know comes back as it is.
    static QString auditAction(const QString &action);
    // "quick-start" -> "Quick Start email"
    static QString mailKind(const QString &kind);
    // "Deploy", "Update", "Offboarding": the kind of an operation.
    static QString operation(OperationKind k);
    // "Admin", "Operator", "Monitor": a role or a customer operator's level.
    static QString role(Role r);
    // The role with what it may do: "Monitor: read-only".
    static QString roleWithScope(Role r);
    // The name of the status icon in resources/icons (without ".svg").
    static QString iconName(HealthStatus s);
};

} // namespace insights
