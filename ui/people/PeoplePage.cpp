#include "ui/people/PeoplePage.h"

#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/people/PersonForm.h"
#include "ui/people/PersonTableModel.h"
#include "ui/people/UnitForm.h"
#include "ui/people/UnitTableModel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/NextStepBanner.h"
#include "ui/widgets/UnsavedMark.h"
#include "ui/widgets/UnitFilter.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A read-only, row-selecting table; `stretched` columns share the width, the others fit their text.
QTableView* makeTable(QAbstractItemModel* model, QWidget* parent, std::initializer_list<int> stretched)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab moves on to the form, out of the table
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setResizeContentsPrecision(200); // 10,000 rows must not be measured

    for (int column : stretched)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    return view;
}

QPushButton* addButton(QHBoxLayout* row, const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, row->parentWidget());
    button->setObjectName(objectName);
    row->addWidget(button);
    return button;
}

// Adds (id 0) or updates value through repository; afterwards value.id is the stored id.
template <typename Repository, typename Value> Status addOrUpdate(Repository&& repository, Value& value)
{
    if (value.id)
        return repository.update(value);
    Result<qint64> added = repository.add(value);
    if (!added)
        return added.error();
    value.id = added.value();
    return {};
}

} // namespace

PeoplePage::PeoplePage(QWidget* parent)
    : Page(parent)
    , m_unitModel(new UnitTableModel(this))
    , m_personModel(new PersonTableModel(this))
    , m_personProxy(new PersonFilterProxyModel(this))
{
    m_personProxy->setSourceModel(m_personModel);
    m_personProxy->setSortLocaleAware(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Đơn vị và cán bộ</h2>"), this));
    m_nextStep = new NextStepBanner(this);
    layout->addWidget(m_nextStep);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildUnitsBox());
    splitter->addWidget(buildPeopleBox());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    auto* removeSamples = new QPushButton(tr("Xóa dữ liệu mẫu…"), this);
    removeSamples->setObjectName(QStringLiteral("removeSampleDataButton"));
    removeSamples->setToolTip(tr("Xóa các đơn vị và cán bộ mẫu có sẵn khi tạo cơ sở dữ liệu (đánh dấu «mẫu»)."));
    connect(removeSamples, &QPushButton::clicked, this, &PeoplePage::removeSampleData);
    bottom->addWidget(removeSamples);
    layout->addLayout(bottom);
    setEnabled(false);
}

QWidget* PeoplePage::buildUnitsBox()
{
    auto* box = new QGroupBox(tr("Phòng, đơn vị"), this);
    auto* layout = new QVBoxLayout(box);
    m_unitsTableView = makeTable(m_unitModel, box, { UnitTableModel::NameColumn });
    m_unitsTableView->setObjectName(QStringLiteral("unitsTableView"));
    layout->addWidget(m_unitsTableView, 1);
    m_unitForm = new UnitForm(box);
    layout->addWidget(m_unitForm);
    m_unitAwardsLabel = new QLabel(box);
    m_unitAwardsLabel->setObjectName(QStringLiteral("unitAwardsLabel"));
    m_unitAwardsLabel->setWordWrap(true);
    layout->addWidget(m_unitAwardsLabel);
    auto* buttons = new QHBoxLayout;
    layout->addLayout(buttons);
    connect(addButton(buttons, tr("Thêm đơn vị"), QStringLiteral("newUnitButton")), &QPushButton::clicked, this,
        &PeoplePage::newUnit);
    m_saveUnitButton = addButton(buttons, tr("Lưu đơn vị"), QStringLiteral("saveUnitButton"));
    m_saveUnitButton->setToolTip(tr("Lưu (Ctrl+S, hoặc Enter trong ô chữ)"));
    connect(m_saveUnitButton, &QPushButton::clicked, this, &PeoplePage::saveUnit);
    m_unitMark = new UnsavedMark(m_saveUnitButton, [this] { return m_unitForm->isModified(); });
    connect(m_unitForm, &UnitForm::edited, this, &PeoplePage::showModified);
    connect(m_unitForm, &UnitForm::submitted, this, &PeoplePage::saveUnit);
    connect(addButton(buttons, tr("Xóa đơn vị"), QStringLiteral("removeUnitButton")), &QPushButton::clicked, this,
        &PeoplePage::removeUnit);
    connect(m_unitsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PeoplePage::unitRowChanged);
    return box;
}

QWidget* PeoplePage::buildPeopleBox()
{
    auto* box = new QGroupBox(tr("Công chức, viên chức, người lao động"), this);
    auto* layout = new QVBoxLayout(box);
    auto* filters = new QHBoxLayout;
    m_searchLineEdit = new QLineEdit(box);
    m_searchLineEdit->setObjectName(QStringLiteral("peopleSearchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Tìm theo tên, đơn vị, chức vụ… (gõ không dấu cũng được) — Ctrl+F"));
    m_searchLineEdit->setClearButtonEnabled(true);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_searchLineEdit, [this] {
        m_searchLineEdit->setFocus();
        m_searchLineEdit->selectAll();
    });
    m_unitFilterComboBox = new QComboBox(box);
    m_unitFilterComboBox->setObjectName(QStringLiteral("unitFilterComboBox"));
    filters->addWidget(m_searchLineEdit, 2);
    filters->addWidget(m_unitFilterComboBox, 1);
    layout->addLayout(filters);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_personProxy, &PersonFilterProxyModel::setSearchText);
    connect(m_unitFilterComboBox, &QComboBox::currentIndexChanged, this,
        [this] { m_personProxy->setUnitFilter(m_unitFilterComboBox->currentData().toLongLong()); });

    m_peopleTableView = makeTable(m_personProxy, box, { PersonTableModel::NameColumn, PersonTableModel::UnitColumn });
    m_peopleTableView->setObjectName(QStringLiteral("peopleTableView"));
    m_peopleTableView->setSortingEnabled(true);
    m_peopleTableView->sortByColumn(-1, Qt::AscendingOrder);
    layout->addWidget(m_peopleTableView, 1);
    m_personForm = new PersonForm(box);
    layout->addWidget(m_personForm);
    m_personAwardsLabel = new QLabel(box);
    m_personAwardsLabel->setObjectName(QStringLiteral("personAwardsLabel"));
    m_personAwardsLabel->setWordWrap(true);
    layout->addWidget(m_personAwardsLabel);
    auto* buttons = new QHBoxLayout;
    layout->addLayout(buttons);
    connect(addButton(buttons, tr("Thêm cán bộ"), QStringLiteral("newPersonButton")), &QPushButton::clicked, this,
        &PeoplePage::newPerson);
    m_savePersonButton = addButton(buttons, tr("Lưu cán bộ"), QStringLiteral("savePersonButton"));
    m_savePersonButton->setToolTip(tr("Lưu (Ctrl+S, hoặc Enter trong ô chữ)"));
    connect(m_savePersonButton, &QPushButton::clicked, this, &PeoplePage::savePerson);
    m_personMark = new UnsavedMark(m_savePersonButton, [this] { return m_personForm->isModified(); });
    connect(m_personForm, &PersonForm::edited, this, &PeoplePage::showModified);
    connect(m_personForm, &PersonForm::submitted, this, &PeoplePage::savePerson);
    connect(addButton(buttons, tr("Xóa cán bộ"), QStringLiteral("removePersonButton")), &QPushButton::clicked, this,
        &PeoplePage::removePerson);
    connect(m_peopleTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PeoplePage::personRowChanged);
    return box;
}

void PeoplePage::setDatabase(Database* database)
{
    m_db = database;
    setEnabled(m_db != nullptr);
    reload();
}

void PeoplePage::reload(qint64 selectUnitId, qint64 selectPersonId)
{
    std::vector<Unit> units;
    std::vector<Person> people;
    if (m_db) {
        Result<std::vector<Unit>> loadedUnits = UnitRepository(*m_db).all();
        Result<std::vector<Person>> loadedPeople = PersonRepository(*m_db).all();
        if (!loadedUnits || !loadedPeople) {
            const Error& e = loadedUnits ? loadedPeople.error() : loadedUnits.error();
            MessageBox::warning(this, tr("Đơn vị và cán bộ"), e.message, e.detail);
        } else {
            units = std::move(loadedUnits.value());
            people = std::move(loadedPeople.value());
        }
    }
    std::map<qint64, int> counts;
    std::map<qint64, QString> names;
    for (const Person& p : people)
        ++counts[p.unitId];
    for (const Unit& u : units)
        names[u.id] = u.name;
    m_unitModel->setUnits(units, counts);
    m_personModel->setPeople(std::move(people), names);
    m_personForm->setUnits(units);

    fillUnitFilter(m_unitFilterComboBox, units, tr("Tất cả đơn vị"));
    m_personProxy->setUnitFilter(m_unitFilterComboBox->currentData().toLongLong());

    m_switching = true;
    const QModelIndex unitIndex = m_unitModel->indexFromUnitId(selectUnitId);
    m_unitsTableView->setCurrentIndex(unitIndex.isValid() ? unitIndex : m_unitModel->index(0, 0));
    const QModelIndex personIndex = m_personProxy->mapFromSource(m_personModel->indexFromPersonId(selectPersonId));
    m_peopleTableView->setCurrentIndex(personIndex.isValid() ? personIndex : m_personProxy->index(0, 0));
    m_switching = false;
    showSelectedUnit();
    showSelectedPerson();
    if (m_db && units.empty())
        m_nextStep->showStep(tr("Chưa có phòng, đơn vị nào. Thêm các phòng, đơn vị của cơ quan trước; cán bộ được thêm vào từng "
                                "đơn vị (hoặc nhập cả danh sách từ Excel: Tệp → Nhập danh sách từ Excel)."),
            tr("Thêm đơn vị"), [this] { newUnit(); });
    else if (m_db && m_personModel->rowCount() == 0)
        m_nextStep->showStep(tr("Chưa có cán bộ nào. Chọn đơn vị rồi thêm cán bộ của đơn vị đó (hoặc nhập cả danh sách từ "
                                "Excel: Tệp → Nhập danh sách từ Excel)."),
            tr("Thêm cán bộ"), [this] { newPerson(); });
    else
        m_nextStep->hide();
}

void PeoplePage::showSelectedUnit()
{
    const Unit* unit = m_unitModel->unitFromIndex(m_unitsTableView->currentIndex());
    m_unitForm->setUnit(unit ? *unit : Unit {});
    m_unitAwardsLabel->setText(unit ? awardsText(true, unit->id) : QString());
    showModified();
}

void PeoplePage::showSelectedPerson()
{
    const Person* person = m_personModel->personFromIndex(m_personProxy->mapToSource(m_peopleTableView->currentIndex()));
    m_personForm->setPerson(person ? *person : Person {});
    m_personAwardsLabel->setText(person ? awardsText(false, person->id) : QString());
    showModified();
}

void PeoplePage::showModified()
{
    // A form with changes says so on its save button; one without has nothing to save.
    m_unitMark->update();
    m_personMark->update();
}

PeoplePage::Unsaved PeoplePage::askUnsaved(const QString& what)
{
    const auto answer = MessageBox::question(this, tr("Đơn vị và cán bộ"),
        tr("%1 có thay đổi chưa lưu. Lưu lại trước khi chuyển?").arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save ? Unsaved::Save : answer == QMessageBox::Discard ? Unsaved::Discard : Unsaved::Cancel;
}

void PeoplePage::unitRowChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_switching)
        return;
    if (m_unitForm->isModified()) {
        const Unit* chosen = m_unitModel->unitFromIndex(current);
        const qint64 chosenId = chosen ? chosen->id : 0;
        const Unsaved answer = askUnsaved(tr("Đơn vị «%1»").arg(m_unitForm->unit().name));
        if (answer == Unsaved::Save && saveUnit()) {
            m_switching = true;
            m_unitsTableView->setCurrentIndex(m_unitModel->indexFromUnitId(chosenId));
            m_switching = false;
        } else if (answer != Unsaved::Discard) { // cancelled, or the save was refused: stay on the row
            m_switching = true;
            m_unitsTableView->setCurrentIndex(previous);
            m_switching = false;
            return;
        }
    }
    showSelectedUnit();
}

void PeoplePage::personRowChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_switching)
        return;
    if (m_personForm->isModified()) {
        const Person* chosen = m_personModel->personFromIndex(m_personProxy->mapToSource(current));
        const qint64 chosenId = chosen ? chosen->id : 0;
        const Unsaved answer = askUnsaved(tr("Cán bộ «%1»").arg(m_personForm->person().fullName));
        if (answer == Unsaved::Save && savePerson()) {
            m_switching = true;
            m_peopleTableView->setCurrentIndex(m_personProxy->mapFromSource(m_personModel->indexFromPersonId(chosenId)));
            m_switching = false;
        } else if (answer != Unsaved::Discard) { // cancelled, or the save was refused: stay on the row
            m_switching = true;
            m_peopleTableView->setCurrentIndex(previous);
            m_switching = false;
            return;
        }
    }
    showSelectedPerson();
}

bool PeoplePage::saveForms()
{
    if (m_unitForm->isModified() && !saveUnit())
        return false;
    if (m_personForm->isModified() && !savePerson())
        return false;
    return true;
}

QString PeoplePage::awardsText(bool unit, qint64 id) const
{
    if (!m_db)
        return {};
    Result<std::vector<GrantedAward>> awards
        = ProposalRepository(*m_db).awardsOf({ unit ? Nominee::Kind::Unit : Nominee::Kind::Person, id });
    if (!awards || awards.value().empty())
        return tr("Khen thưởng đã nhận: chưa có.");
    QStringList lines;
    for (const GrantedAward& a : awards.value())
        lines << tr("%1 (%2, %3)").arg(a.awardFormName, a.campaignName).arg(a.year);
    return tr("Khen thưởng đã nhận: %1").arg(lines.join(QStringLiteral("; ")));
}

void PeoplePage::newUnit()
{
    m_unitsTableView->setCurrentIndex({});
    m_unitForm->setUnit(Unit {});
    m_unitForm->focusFirstField();
}

bool PeoplePage::saveUnit()
{
    if (!m_db)
        return false;
    Unit unit = m_unitForm->unit();
    if (Status saved = addOrUpdate(UnitRepository(*m_db), unit); !saved) {
        MessageBox::warning(this, tr("Không lưu được đơn vị"), saved.error().message, saved.error().detail);
        return false;
    }
    reload(unit.id, 0);
    Q_EMIT dataChanged();
    return true;
}

void PeoplePage::removeUnit()
{
    const Unit* unit = m_unitModel->unitFromIndex(m_unitsTableView->currentIndex());
    if (!m_db || !unit)
        return;
    if (MessageBox::question(this, tr("Xóa đơn vị"), tr("Xóa đơn vị «%1»?").arg(unit->name)) != QMessageBox::Yes)
        return;
    if (Status s = UnitRepository(*m_db).remove(unit->id); !s) {
        MessageBox::warning(this, tr("Không xóa được đơn vị"), s.error().message, s.error().detail);
        return;
    }
    reload();
    Q_EMIT dataChanged();
}

void PeoplePage::newPerson()
{
    m_peopleTableView->setCurrentIndex({});
    Person person;
    person.unitId = m_unitFilterComboBox->currentData().toLongLong();
    m_personForm->setPerson(person);
    m_personForm->focusFirstField();
}

bool PeoplePage::savePerson()
{
    if (!m_db)
        return false;
    Person person = m_personForm->person();
    if (Status saved = addOrUpdate(PersonRepository(*m_db), person); !saved) {
        MessageBox::warning(this, tr("Không lưu được cán bộ"), saved.error().message, saved.error().detail);
        return false;
    }
    reload(m_unitModel->unitFromIndex(m_unitsTableView->currentIndex()) ? m_unitForm->unit().id : 0, person.id);
    Q_EMIT dataChanged();
    return true;
}

void PeoplePage::removePerson()
{
    const Person* person = m_personModel->personFromIndex(m_personProxy->mapToSource(m_peopleTableView->currentIndex()));
    if (!m_db || !person)
        return;
    if (MessageBox::question(this, tr("Xóa cán bộ"), tr("Xóa «%1» khỏi danh sách cán bộ?").arg(person->fullName))
        != QMessageBox::Yes)
        return;
    if (Status s = PersonRepository(*m_db).remove(person->id); !s) {
        MessageBox::warning(this, tr("Không xóa được cán bộ"), s.error().message, s.error().detail);
        return;
    }
    reload();
    Q_EMIT dataChanged();
}

void PeoplePage::removeSampleData()
{
    if (!m_db)
        return;
    if (MessageBox::question(this, tr("Xóa dữ liệu mẫu"),
            tr("Xóa toàn bộ đơn vị và cán bộ mẫu (có chữ «mẫu» bên cạnh tên)? Dữ liệu do bạn nhập vẫn được giữ "
               "nguyên."))
        != QMessageBox::Yes)
        return;
    Result<PersonRepository::SampleRemoval> removed = PersonRepository(*m_db).removeSampleData();
    if (!removed) {
        MessageBox::warning(this, tr("Không xóa được dữ liệu mẫu"), removed.error().message, removed.error().detail);
        return;
    }
    reload();
    Q_EMIT dataChanged();
    if (removed.value().kept > 0)
        MessageBox::information(this, tr("Xóa dữ liệu mẫu"),
            tr("Đã xóa %1 mục mẫu. Giữ lại %2 mục mẫu đang được dùng (có đề nghị khen thưởng, báo cáo đã nhận, hoặc cán bộ của "
               "bạn trong đơn vị); xóa từng mục khi không còn dùng.")
                .arg(removed.value().removed)
                .arg(removed.value().kept));
}

bool PeoplePage::formsModified() const { return m_unitForm->isModified() || m_personForm->isModified(); }

bool PeoplePage::confirmLeave()
{
    if (!m_db || !formsModified())
        return true;
    switch (askUnsaved(tr("Biểu mẫu đơn vị hoặc cán bộ"))) {
    case Unsaved::Save:
        return saveForms();
    case Unsaved::Discard:
        showSelectedUnit();
        showSelectedPerson();
        return true;
    case Unsaved::Cancel:
        break;
    }
    return false;
}
