"""Reads for the dashboard pages (HackSoft style: selectors read, services write).

Every selector issues a fixed number of queries whatever the number of rows, which the
view tests assert with django_assert_max_num_queries. One module per page family; the
names are re-exported here, and views call them as `selectors.<name>`.
"""

from tracker.dashboard.selectors.calendars import *  # noqa: F403
from tracker.dashboard.selectors.directives import *  # noqa: F403
from tracker.dashboard.selectors.overview import *  # noqa: F403
from tracker.dashboard.selectors.review import *  # noqa: F403
