from django.urls import path

from waspada.cases import views

app_name = "cases"

urlpatterns = [
    path("", views.case_list, name="case_list"),
    path("<int:pk>/", views.case_detail, name="case_detail"),
    path("<int:pk>/tindakan/", views.case_action_add, name="case_action_add"),
    path("<int:pk>/status/", views.case_transition_view, name="case_transition"),
]
