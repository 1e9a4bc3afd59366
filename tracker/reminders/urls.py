from django.urls import path

from tracker.reminders import views

app_name = "reminders"

urlpatterns = [
    path("preferences/", views.preferences, name="preferences"),
    path("reminders/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
