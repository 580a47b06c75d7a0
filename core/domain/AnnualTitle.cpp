#include "core/domain/AnnualTitle.h"

Nominee::Kind annualTitleSubject(AnnualTitle title)
{
    switch (title) {
    case AnnualTitle::AdvancedWorker:
    case AnnualTitle::GrassrootsEmulationFighter:
    case AnnualTitle::ProvinceEmulationFighter:
    case AnnualTitle::NationalEmulationFighter:
    case AnnualTitle::ProvinceMerit:
        return Nominee::Kind::Person;
    case AnnualTitle::AdvancedCollective:
    case AnnualTitle::ExcellentCollective:
    case AnnualTitle::ProvinceFlag:
    case AnnualTitle::GovernmentFlag:
        return Nominee::Kind::Unit;
    }
    return Nominee::Kind::Person;
}
