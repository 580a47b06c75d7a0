#pragma once
// The year-end grid: one row per person (or per unit) for one evaluation period, with the year's
// record (rating, discipline, under review; a unit's rating and cluster lead) and, for each title
// of the row's kind, whether the rules find it due; the tooltip of a title's cell is the verdict
// explained.

#include "core/domain/Unit.h"
#include "core/rules/AnnualEligibility.h"
#include "core/storage/YearRecordRepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

class YearEndModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Field { Name, Unit, Registered, Rating, Discipline, UnderReview, LeadsCluster, Title };
    static constexpr int UnitIdRole = Qt::UserRole + 1; // the row's unit (UnitFilterProxyModel)
    static constexpr int EligibleRole = Qt::UserRole + 2; // a title's cell: bool

    using QAbstractTableModel::QAbstractTableModel;

    // Shows the people (or units) of `data` for `year`, judged by rules (which views data).
    void show(const AnnualData* data, const Annual::Eligibility* rules, const std::vector<Unit>& units, int year, bool people);
    // The verdicts changed (a record was saved): the title cells are read again.
    void refreshVerdicts(const Annual::Eligibility* rules);

    bool showsPeople() const { return m_people; }
    int year() const { return m_year; }
    Nominee subjectAt(int row) const;
    QString nameAt(int row) const;
    std::optional<PersonYear> personYearAt(int row) const; // the stored record, if any
    std::optional<UnitYear> unitYearAt(int row) const;
    std::optional<AnnualTitle> registeredAt(int row) const; // the title registered for the year
    Field fieldAt(int column) const;
    std::optional<AnnualTitle> titleAt(int column) const;
    int columnOf(Field field) const; // -1 when the grid has no such column
    int rowOf(const Nominee& subject) const; // -1 when not shown
    // The verdicts of a row, in the catalogue's order.
    std::vector<Annual::Verdict> verdictsAt(int row) const;
    QString personName(qint64 personId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Column {
        Field field;
        std::optional<AnnualTitle> title;
    };
    struct Row {
        Nominee subject;
        QString name;
        qint64 unitId = 0;
    };
    const Annual::Verdict& verdict(int row, int column) const;

    const AnnualData* m_data = nullptr;
    const Annual::Eligibility* m_rules = nullptr;
    int m_year = 0;
    bool m_people = true;
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QString> m_personNames;
    QHash<qint64, const PersonYear*> m_personYears; // of the year shown
    QHash<qint64, const UnitYear*> m_unitYears;
    QHash<QPair<int, qint64>, AnnualTitle> m_registered; // (subject kind, id) → title, of the year shown
    void indexYear(); // the records and registrations of the year shown
    std::vector<std::vector<Annual::Verdict>> m_verdicts; // per row, per title column
};
