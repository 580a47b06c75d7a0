#include "core/domain/PositionText.h"

QString positionAndUnit(const QString& position, const Unit& unit, const QString& agencyInSentence)
{
    const QString post = position.trimmed(), unitName = unit.name.trimmed(), agency = agencyInSentence.trimmed();
    // "Chánh Văn phòng" already names the Văn phòng; "Phó Trưởng phòng Quản lý khoa học" the Phòng Quản lý khoa học.
    const bool postNamesUnit = !unitName.isEmpty() && post.contains(unitName, Qt::CaseInsensitive);
    QString text = post.isEmpty() ? unitName : postNamesUnit || unitName.isEmpty() ? post : QStringLiteral("%1 %2").arg(post, unitName);
    if (agency.isEmpty() || text.isEmpty())
        return text.isEmpty() ? agency : text;
    // The Office and the Inspectorate belong to the agency by name ("Văn phòng Sở …"); a division
    // or a public-service unit is named, then its agency after a comma.
    const bool ofTheAgency = unit.kind == UnitKind::Office || unit.kind == UnitKind::Inspectorate;
    return ofTheAgency ? QStringLiteral("%1 %2").arg(text, agency) : QStringLiteral("%1, %2").arg(text, agency);
}
