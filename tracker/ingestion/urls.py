from django.urls import path

from tracker.ingestion import views

app_name = "ingestion"

urlpatterns = [
    path("add/", views.add_news, name="add"),
    path("jobs/<int:pk>/", views.job_detail, name="job"),
    path("jobs/<int:pk>/progress/", views.job_progress, name="job_progress"),
    path("jobs/<int:pk>/start/", views.job_start, name="job_start"),
    path("jobs/<int:pk>/discard/", views.job_discard, name="job_discard"),
]
