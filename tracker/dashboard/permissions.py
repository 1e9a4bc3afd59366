"""Role checks for views. Hidden buttons are a courtesy; these are the checks.

Viewers hold the view_* permissions, editors also change_directive (groups made by
migration 0002_roles); superusers hold everything and use the admin besides.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

VIEW = "directives.view_directive"
EDIT = "directives.change_directive"


def forbidden(request, message: str):
    htmx = bool(getattr(request, "htmx", False))
    template = "dashboard/forbidden.html" + ("#message" if htmx else "")
    response = render(request, template, {"message": message}, status=403)
    if htmx:
        # htmx swaps 403s (see base.html's htmx-config) into the message area, not into
        # the form that asked.
        response["HX-Retarget"] = "#flash"
        response["HX-Reswap"] = "innerHTML"
    return response


def require(permission: str):
    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(permission):
                if permission == EDIT:
                    message = _("Only editors can change directives.")
                else:
                    message = _(
                        "Your account cannot see directives yet: ask an administrator to "
                        "add you to the Viewers or Editors group."
                    )
                return forbidden(request, message)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


viewer_required = require(VIEW)
editor_required = require(EDIT)
