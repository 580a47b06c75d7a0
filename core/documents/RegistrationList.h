#pragma once
// Bản đăng ký thi đua of a year: a unit's (its own title and its people's, signed by its head, to
// the agency's emulation council) or the agency's (every unit and person, signed by the agency's
// signer, to the province's council through Sở Nội vụ). The national header without a number, the
// place-date line of the day it is signed, a table for the collectives and one for the individuals.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/domain/Agency.h"
#include "core/domain/Unit.h"

#include <QDate>

#include <optional>
#include <vector>

class Database;

namespace RegistrationList {

struct Line {
    QString name;
    QString position; // a person's; empty for a collective
    QString unitName; // a person's unit, in the agency's list
    QString title; // the title registered, as the catalogue names it
};

struct Input {
    Agency agency;
    Signer signer; // the agency's list
    std::optional<Signer> unitHead; // who signs a unit's list: its head, when the unit's people name one
    std::optional<Unit> unit; // one unit's registration; none: the agency's
    int year = 0;
    QString periodLabel; // "năm 2027"
    QDate signedIn; // today: only its year is printed, the day and month are written by hand
    std::vector<Line> collectives;
    std::vector<Line> individuals;
};

// The year's registrations of one unit (unitId), or the agency's to the province: the titles
// conferred above the agency, the collectives by their full names; with who signs.
Result<Input> load(Database& database, int year, std::optional<qint64> unitId);
doc::Document build(const Input& input);
QString suggestedFileName(const Input& input, bool docx); // "Dang-ky-thi-dua-2027-VP.docx"

} // namespace RegistrationList
