#pragma once
// The statistics forms of the Home Affairs sector (Thông tư số 02/2023/TT-BNV) the agency sends Sở
// Nội vụ for a period: 0601.N, the emulation movements it launched; 0602.N, the State-level awards
// (Huân chương, Cờ thi đua và Bằng khen của Chính phủ, Chiến sĩ thi đua toàn quốc); 0603.N, the
// province-level ones (Bằng khen, Chiến sĩ thi đua cấp tỉnh, Cờ thi đua). Every number is counted
// from the campaigns, the proposals granted and the annual titles conferred, with the rules of
// AwardCounts; StatisticsReport turns a FormTable into DOCX, PDF and XLSX. Its words are the forms'
// own, in Vietnamese whatever the program speaks, as every document sent on is.
//
// What the records do not say is read this way, and said in the README: a campaign of the agency is
// launched at the agency's level, within the agency, in the period of its start once its plan has a
// number; its length is its start to its end (no end: under a year); its awards count in the period its end (or start) falls in; a person's place
// among the subjects comes from the words of the position (Giám đốc, Phó Giám đốc: lãnh đạo cấp
// sở; trưởng, phó phòng and the like: lãnh đạo từ phó phòng trở lên; the rest: người trực tiếp).

#include "core/common/Result.h"
#include "core/domain/AnnualTitle.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Campaign.h"
#include "core/domain/EvaluationPeriod.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class Database;

namespace Statistics {

enum class Form { Movements, StateAwards, ProvinceAwards }; // 0601.N, 0602.N, 0603.N
inline constexpr Form AllForms[] = { Form::Movements, Form::StateAwards, Form::ProvinceAwards };
QString formNumber(Form form); // "0601.N/BNV-TĐKT"
QString formCode(Form form); // the command line's word: "0601"
std::optional<Form> formFromCode(const QString& code);
QString formTitle(Form form); // "Số phong trào thi đua"

// Where an award stands in the forms' columns.
enum class AwardClass {
    OrderOrMedal, // Huân chương, Huy chương
    GovernmentFlag, // Cờ thi đua của Chính phủ
    PrimeMinisterMerit, // Bằng khen của Thủ tướng Chính phủ
    NationalFighter, // Chiến sĩ thi đua toàn quốc
    OtherState, // other State-level forms (danh hiệu vinh dự, giải thưởng…)
    ProvinceMerit, // Bằng khen của bộ, ngành, tỉnh
    ProvinceFighter, // Chiến sĩ thi đua cấp bộ, cấp tỉnh
    ProvinceFlag, // Cờ thi đua của bộ, ngành, tỉnh
    ProvinceBadge, // Huy hiệu, kỷ niệm chương
    NotReported, // the agency's own awards and titles: in no 06xx form
};
AwardClass classify(const AwardForm& form);
AwardClass classify(AnnualTitle title);

// The forms' subjects (chia theo đối tượng).
enum class Subject { Collective, TopLeader, DepartmentLeader, Entrepreneur, OtherLeader, Worker };
Subject subjectOfPosition(const QString& position);

// The forms' methods (chia theo phương thức khen thưởng).
enum class Method { Regular, Thematic, Sudden, Foreign, Dedication, Seniority, Resistance };

struct Award {
    AwardClass award = AwardClass::NotReported;
    Subject subject = Subject::Collective;
    Method method = Method::Regular;
};

// A movement counted in 0601.N: launched by the agency within itself.
struct Movement {
    QString name;
    bool regular = false; // thi đua thường xuyên (the annual movement); else theo chuyên đề
    QDate start;
    std::optional<QDate> end;
};

// What the forms count for one period.
struct Sources {
    int year = 0;
    QDate first;
    QDate last;
    std::vector<Movement> movements;
    std::vector<Award> awards; // granted or conferred in the period, of every class
};

// Reads the period's movements and awards (the period: the agency's evaluation period `year`).
Result<Sources> load(Database& database, int year);

struct FormRow {
    QString label;
    QString code; // mã số
    QString unit; // đơn vị tính (0602, 0603)
    std::vector<int> values; // column 1 (Tổng số) first
    int level = 0; // 0: a total or a group's heading; 1: a line under it; 2: "trong đó"
};

struct FormTable {
    Form form = Form::Movements;
    QStringList columns; // the numbered columns' headings, column 1 (Tổng số) first
    QString columnGroup; // the heading over columns 2…: "Chia ra"
    QString countUnit; // 0601: "phong trào"; empty when each row names its unit
    std::vector<FormRow> rows;

    const FormRow* row(const QString& code) const;
};

FormTable build(Form form, const Sources& sources);

} // namespace Statistics
