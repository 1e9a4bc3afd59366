from django.urls import path

from tracker.dashboard import views, views_detail, views_review

app_name = "dashboard"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("directives/", views.directive_list, name="directive_list"),
    path("directives/bulk/", views.directive_bulk, name="directive_bulk"),
    path("directives/export.<str:fmt>", views.directive_export, name="directive_export"),
    # Reminder emails link here: keep this URL.
    path("directives/<int:directive_id>/", views_detail.directive_detail, name="detail"),
    path(
        "directives/<int:directive_id>/field/<str:field>/",
        views_detail.directive_field,
        name="field",
    ),
    path(
        "directives/<int:directive_id>/edit/<str:field>/",
        views_detail.directive_field_edit,
        name="field_edit",
    ),
    path(
        "directives/<int:directive_id>/status/", views_detail.directive_status, name="status"
    ),
    path(
        "directives/<int:directive_id>/deadline/",
        views_detail.directive_deadline,
        name="deadline",
    ),
    path("directives/<int:directive_id>/watch/", views_detail.directive_watch, name="watch"),
    path("review/", views_review.review, name="review"),
    path("review/<int:directive_id>/", views_review.review_item, name="review_item"),
    path(
        "review/<int:directive_id>/accept/", views_review.review_accept, name="review_accept"
    ),
    path("review/<int:directive_id>/edit/", views_review.review_edit, name="review_edit"),
    path(
        "review/<int:directive_id>/reject/", views_review.review_reject, name="review_reject"
    ),
    path(
        "review/<int:directive_id>/suggestion/apply/",
        views_review.review_suggestion_apply,
        name="review_suggestion_apply",
    ),
    path(
        "review/<int:directive_id>/suggestion/dismiss/",
        views_review.review_suggestion_dismiss,
        name="review_suggestion_dismiss",
    ),
    path("calendar/", views.calendar_view, name="calendar"),
    path("calendar/link/", views.calendar_feed_manage, name="calendar_feed_manage"),
    path("calendar/feed/<str:token>.ics", views.calendar_feed_user, name="calendar_feed"),
    path(
        "calendar/feed/<str:token>/body/<int:body_id>.ics",
        views.calendar_feed_body,
        name="calendar_feed_body",
    ),
]
