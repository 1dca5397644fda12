#include "sqldialect.h"

namespace Plenipo {

SqlDialect::~SqlDialect() = default;

} // namespace Plenipo
